"""Turn errors from the layers below into one translated sentence for a dialog."""

from __future__ import annotations

from regworkshop.services.errors import InvalidInput, ServiceError, ThemeHasNotes
from regworkshop.services.qdpx.qdpx_format import (
    DamagedQdpx,
    NotAQdpx,
    QdpxError,
    QdpxSchemaError,
    UnsafeQdpx,
)
from regworkshop.services.sync.bundle_format import (
    BundleError,
    BundleFromOtherProject,
    BundleSchemaError,
    DamagedBundle,
    NewerBundleFormat,
    NotABundle,
    UnsafeBundle,
)
from regworkshop.store.errors import (
    DamagedProject,
    NewerProjectVersion,
    NotAProject,
    ProjectError,
    ProjectExists,
    ProjectNotFound,
    ProjectUnavailable,
)
from regworkshop.ui.shell.i18n import tr


def describe(exc: BaseException) -> str:
    """Return a sentence a facilitator can act on, in the UI language."""
    if isinstance(exc, ProjectNotFound):
        return tr("The file {0} does not exist. It may have been moved or renamed.").format(
            exc.target
        )
    if isinstance(exc, ProjectExists):
        return tr("A file named {0} already exists. Choose another name.").format(exc.target)
    if isinstance(exc, NewerProjectVersion):
        return tr(
            "{0} was saved by a newer version of RegWorkshop ({1}). Update RegWorkshop to open "
            "it; the file has not been changed."
        ).format(exc.target, exc.app_version or exc.revision)
    if isinstance(exc, NotAProject):
        return tr("{0} is not a RegWorkshop project ({1}). The file has not been changed.").format(
            exc.target, exc.detail
        )
    if isinstance(exc, DamagedProject):
        return tr(
            "{0} is damaged ({1}). It has not been written to. Restore a backup or ask for help."
        ).format(exc.target, exc.detail)
    if isinstance(exc, ProjectUnavailable):
        return tr("{0} cannot be opened: {1}").format(exc.target, exc.detail)
    if isinstance(exc, ThemeHasNotes):
        return tr("The theme holds {0} notes. Choose a theme to move them to.").format(exc.count)
    if isinstance(exc, BundleError):
        return describe_bundle_error(exc)
    if isinstance(exc, QdpxError):
        return describe_qdpx_error(exc)
    if isinstance(exc, InvalidInput | ServiceError | ProjectError):
        return str(exc)
    return tr("Something went wrong: {0}").format(exc)


def describe_bundle_error(exc: BundleError) -> str:
    """Say why a bundle was refused; the technical detail follows in English."""
    detail = str(exc).split(": ", 1)[-1]
    if isinstance(exc, NotABundle):
        return tr("This is not a RegWorkshop bundle ({0}).").format(detail)
    if isinstance(exc, UnsafeBundle):
        return tr("The bundle was refused as unsafe: {0}. Nothing was changed.").format(detail)
    if isinstance(exc, NewerBundleFormat):
        return tr(
            "The bundle was made by a newer RegWorkshop; version {0} or later is needed to read it."
        ).format(exc.needs)
    if isinstance(exc, BundleFromOtherProject):
        return tr("The bundle comes from another project (“{0}”).").format(exc.title)
    if isinstance(exc, BundleSchemaError | DamagedBundle):
        return tr(
            "The bundle is damaged or does not match this version of RegWorkshop: {0}. "
            "Nothing was changed."
        ).format(detail)
    return str(exc)


def describe_qdpx_error(exc: QdpxError) -> str:
    """Say why a .qdpx was refused; the technical detail follows in English."""
    detail = str(exc).split(": ", 1)[-1]
    if isinstance(exc, NotAQdpx):
        return tr("This is not a REFI-QDA project file ({0}).").format(detail)
    if isinstance(exc, UnsafeQdpx):
        return tr("The file was refused as unsafe: {0}").format(detail)
    if isinstance(exc, QdpxSchemaError):
        return tr("The file does not follow the REFI-QDA standard: {0}").format(detail)
    if isinstance(exc, DamagedQdpx):
        return tr("The file is damaged: {0}").format(detail)
    return str(exc)
