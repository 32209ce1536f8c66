"""Documents and files made from what the services read: PDF, Word, CSV, bundles, .qdpx. Qt-free."""
