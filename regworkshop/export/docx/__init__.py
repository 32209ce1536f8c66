"""Word (.docx) building blocks shared by the documents."""
