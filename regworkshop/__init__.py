"""RegWorkshop: an offline workbench for a region's regionalt planeringsunderlag."""

__version__ = "0.1.0"
APP_NAME = "RegWorkshop"
ORG_NAME = "RegWorkshop"
PROJECT_SUFFIX = ".rwproj"
