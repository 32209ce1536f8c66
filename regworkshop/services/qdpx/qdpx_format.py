"""The REFI-QDA project exchange format (QDA-XML 1.0) as this app reads and writes it.

A ``.qdpx`` is a ZIP holding ``project.qde`` (XML in the ``urn:QDA-XML:project:1.0``
namespace, valid against ``Project-mrt2019.xsd``, shipped in resources/schemas)
and a ``Sources/`` folder with the text of each text source. The mapping to the
project's rows is described in docs/qdpx.md.
"""

from __future__ import annotations

import hashlib
import re
import threading
import uuid
from typing import Any

from regworkshop import paths
from regworkshop.services.errors import ServiceError

NS = "urn:QDA-XML:project:1.0"
QDE_NAME = "project.qde"
SOURCES_DIR = "Sources/"
SUFFIX = ".qdpx"
SCHEMA_FILE = "Project-mrt2019.xsd"
INTERNAL = "internal://"
# GUIDs of things that have no row of their own (the quote code, actor-type cases,
# variables) are derived from the project id, so a second export gives the same ones.
DERIVED = uuid.UUID("6f1c3a52-6a9e-4d0e-9f3b-2b1f2a0c9e71")
_DERIVED_BYTES = DERIVED.bytes

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
REPLACEMENT = "\ufffd"


class QdpxError(ServiceError):
    """A .qdpx file that cannot be imported; ``str(error)`` says why in plain words."""


class NotAQdpx(QdpxError):
    pass


class UnsafeQdpx(QdpxError):
    """Zip slip, links, bombs, or XML with entity declarations."""


class DamagedQdpx(QdpxError):
    """Truncated ZIP, XML that does not parse, a source text missing."""


class QdpxSchemaError(QdpxError):
    """``project.qde`` does not validate against the QDA-XML schema."""


def xml_safe(text: str) -> str:
    """Replace characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _NOT_XML.sub(REPLACEMENT, text)


def derived_guid(project_id: str, key: str) -> str:
    """Return a stable GUID for something without a row (e.g. ``quote-code``).

    The same value as ``uuid.uuid5(DERIVED, f"{project_id}/{key}")``, computed directly:
    an export derives one per coding, and the UUID class was a tenth of its time.
    """
    digest = bytearray(hashlib.sha1(_DERIVED_BYTES + f"{project_id}/{key}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def normal_guid(guid: str) -> str:
    """Return a GUID as our ids are written: lower case, without braces."""
    return str(uuid.UUID(guid.strip().strip("{}")))


_schema_lock = threading.Lock()
_schema: list[Any] = []


def schema() -> Any:
    """Return the compiled QDA-XML schema (compiled once, on first use)."""
    with _schema_lock:
        if not _schema:
            import xmlschema  # compiling takes a moment; only imports and tests need it

            _schema.append(xmlschema.XMLSchema10(paths.resources_dir() / "schemas" / SCHEMA_FILE))
        return _schema[0]


def first_schema_error(root: Any) -> str | None:
    """Return the first way *root* (an ElementTree element) breaks the schema, or None."""
    # Never follow xsi:schemaLocation: ATLAS.ti points it at a web address, and the
    # schema that decides is the one shipped with the app.
    for error in schema().iter_errors(root, use_location_hints=False):
        where = (error.path or "/").replace("{" + NS + "}", "")
        reason = error.reason or str(error.message)
        return f"{where}: {reason}"
    return None


# Names of variables, case kinds and the quote code, in the export's language; the
# import recognises both languages.
WORDS = {
    "sv": {
        "actor_type": "Aktörstyp",
        "municipality": "Kommun",
        "case_kind": "Falltyp",
        "organisation": "Organisation",
        "kind_actor": "organisation",
        "kind_type": "aktörstyp",
        "kind_person": "person",
        "quote": "Citat",
        "insight": "Insikt",
        "lesson": "Lärdom",
        "other_notes": "Övriga anteckningar",
        "cluster": "Kluster",
        "unnamed": "{0} (ej namngiven)",
    },
    "en": {
        "actor_type": "Actor type",
        "municipality": "Municipality",
        "case_kind": "Case kind",
        "organisation": "Organisation",
        "kind_actor": "organisation",
        "kind_type": "actor type",
        "kind_person": "person",
        "quote": "Quote",
        "insight": "Insight",
        "lesson": "Lesson",
        "other_notes": "Other notes",
        "cluster": "Cluster",
        "unnamed": "{0} (not named)",
    },
}


def words_for(key: str) -> set[str]:
    """Return the lower-cased word for *key* in every language (for recognising it)."""
    return {WORDS[lang][key].casefold() for lang in WORDS}
