"""The Qt user interface: one package per area of the window, over the services."""
