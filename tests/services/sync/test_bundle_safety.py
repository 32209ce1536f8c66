"""A bundle is untrusted input: every bad one is refused with a clear message, no change."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.project.project_service import new_project
from regworkshop.services.safety import zip_safety
from regworkshop.services.sync.bundle_format import (
    BundleError,
    BundleSchemaError,
    DamagedBundle,
    NewerBundleFormat,
    NotABundle,
    UnsafeBundle,
)
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.models import Note, Session, Theme
from tests.conftest import DEVICE
from tests.services.sync.merge_helpers import raw_bundle, snapshot, unpack


@pytest.fixture
def good(tmp_path, store):
    """A valid bundle of the `store` project with a session and two notes."""
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, title="Workshop")
        db.add(session)
        db.flush()
        theme = db.query(Theme).first()
        for text in ("Pendling", "Vatten & <avlopp>"):
            db.add(Note(session_id=session.id, theme_id=theme.id, text=text))
    path = tmp_path / "good.rwbundle"
    write_bundle(store, path)
    return path


@pytest.fixture
def target(tmp_path, good):
    """Another copy of the same project that bundles are merged into."""
    from regworkshop.services.sync.bundle_start import project_from_bundle

    manifest, data, photos = unpack(good)
    data = {k: (v if k in ("rw_project", "rw_theme") else []) for k, v in data.items()}
    base = raw_bundle(tmp_path / "base.rwbundle", manifest, data, photos)
    store, _ = project_from_bundle(read_bundle(base), tmp_path / "target.rwproj", device_id=DEVICE)
    yield store
    store.close()


def refused(target, path, error=BundleError, match=None):
    before, log = snapshot(target), MergeService(target).log()
    with pytest.raises(error, match=match) as info:
        MergeService(target).merge([read_bundle(path)])
    assert snapshot(target) == before and MergeService(target).log() == log
    assert "Traceback" not in str(info.value)
    return info.value


def test_the_good_bundle_merges(target, good):
    report = MergeService(target).merge([read_bundle(good)])
    assert report.totals["added"] == 3  # the session and two notes


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/passwd", "C:\\evil.txt", "a/../../b", "photos\\x", "dir//x"]
)
def test_zip_slip_entries_are_refused(target, good, tmp_path, name):
    manifest, data, photos = unpack(good)
    path = raw_bundle(tmp_path / "slip.rwbundle", manifest, data, photos, extra=[(name, b"x")])
    refused(target, path, UnsafeBundle)


def test_a_link_entry_is_refused(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    link = zipfile.ZipInfo("photos/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = raw_bundle(
        tmp_path / "link.rwbundle", manifest, data, photos, extra=[(link, b"/etc/passwd")]
    )
    refused(target, path, UnsafeBundle, "link")


def test_a_zip_bomb_is_refused_without_inflating_it(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    path = raw_bundle(
        tmp_path / "bomb.rwbundle",
        manifest,
        data,
        photos,
        extra=[("padding", b"\0" * (20 * 1024 * 1024))],
    )
    assert path.stat().st_size < 200_000
    refused(target, path, UnsafeBundle, "zip bomb")


def test_too_many_entries_are_refused(target, good, tmp_path, monkeypatch):
    monkeypatch.setattr(zip_safety, "MAX_ENTRIES", 10)
    manifest, data, photos = unpack(good)
    extra = [(f"junk/{i}", b"x") for i in range(20)]
    path = raw_bundle(tmp_path / "many.rwbundle", manifest, data, photos, extra=extra)
    refused(target, path, UnsafeBundle, "too many entries")


def test_a_header_that_lies_about_its_size_is_caught(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    path = raw_bundle(tmp_path / "lie.rwbundle", manifest, data, photos)
    blob = bytearray(path.read_bytes())
    # shrink the declared size of data.json in the central directory
    with zipfile.ZipFile(io.BytesIO(bytes(blob))) as archive:
        info = archive.getinfo("data.json")
    needle = info.file_size.to_bytes(4, "little")
    index = blob.rfind(needle)
    blob[index : index + 4] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(blob))
    refused(target, path, BundleError)


def test_malformed_json_is_refused(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    path = tmp_path / "json.rwbundle"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", b"{not json")
    refused(target, path, DamagedBundle)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["rw_note"][0].update(votes="many"), "not a whole number"),
        (lambda d: d["rw_note"][0].update(colour="#fff"), "unknown column"),
        (lambda d: d["rw_note"][0].pop("text"), "missing column"),
        (lambda d: d["rw_note"][0].update(id="not-a-uuid"), "not an id"),
        (lambda d: d["rw_note"][0].update(created_at="yesterday"), "not a time"),
        (lambda d: d.update(rw_secret=[]), "unknown table"),
        (lambda d: d["rw_note"].append(dict(d["rw_note"][0])), "same id twice"),
        (lambda d: d["rw_note"][0].update(is_quote=1), "true or false"),
    ],
)
def test_a_schema_mismatch_names_the_problem(target, good, tmp_path, mutate, message):
    manifest, data, photos = unpack(good)
    mutate(data)
    path = raw_bundle(tmp_path / "schema.rwbundle", manifest, data, photos)
    refused(target, path, BundleSchemaError, message)


def test_a_newer_format_says_which_version_is_needed(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    manifest.update(format_version=7, app_version="3.2.0")
    path = raw_bundle(tmp_path / "new.rwbundle", manifest, data, photos)
    error = refused(target, path, NewerBundleFormat)
    assert "3.2.0" in str(error)


def test_a_truncated_bundle_is_refused(target, good, tmp_path):
    path = tmp_path / "cut.rwbundle"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(target, path, NotABundle, "cut short")


def test_a_changed_byte_fails_the_checksum(target, good, tmp_path):
    manifest, data, photos = unpack(good)
    data["rw_note"][0]["text"] = "manipulerad"
    path = raw_bundle(tmp_path / "sum.rwbundle", manifest, data, photos, fix_hash=False)
    refused(target, path, DamagedBundle, "checksum")


def test_other_files_are_not_bundles(target, tmp_path, project_path):
    text = tmp_path / "notes.rwbundle"
    text.write_text("hej", encoding="utf-8")
    refused(target, text, NotABundle)
    zip_without_manifest = tmp_path / "other.rwbundle"
    with zipfile.ZipFile(zip_without_manifest, "w") as archive:
        archive.writestr("readme.txt", "hej")
    refused(target, zip_without_manifest, NotABundle, "without a bundle manifest")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_bundles_fail_only_with_defined_errors(target, good, tmp_path, data):
    """Mutated bytes or mutated JSON: a BundleError or a clean merge, never a crash or half a merge."""
    manifest, content, photos = unpack(good)
    if data.draw(st.booleans()):
        blob = bytearray(good.read_bytes())
        for _ in range(data.draw(st.integers(1, 8))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        path = tmp_path / "fuzz.rwbundle"
        path.write_bytes(bytes(blob))
    else:
        table = data.draw(st.sampled_from(sorted(k for k, v in content.items() if v)))
        row = data.draw(st.sampled_from(content[table]))
        column = data.draw(st.sampled_from(sorted(row)))
        row[column] = data.draw(
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(),
                st.floats(allow_nan=False),
                st.text(max_size=40),
                st.lists(st.integers(), max_size=3),
            )
        )
        path = raw_bundle(tmp_path / "fuzz.rwbundle", manifest, content, photos)
    before, log = snapshot(target), MergeService(target).log()
    try:
        MergeService(target).merge([read_bundle(path)])
    except BundleError:
        assert snapshot(target) == before and MergeService(target).log() == log


def test_nothing_is_ever_extracted_to_disk(target, good, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(zipfile.ZipFile, "extract", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(zipfile.ZipFile, "extractall", lambda *a, **k: calls.append(a))
    MergeService(target).merge([read_bundle(good)])
    assert calls == []


def test_a_project_is_unchanged_by_a_refused_merge_on_disk(tmp_path, good):
    other = new_project(tmp_path / "other.rwproj", "Skåne", device_id=DEVICE)
    other.close()
    before = (tmp_path / "other.rwproj").read_bytes()
    from regworkshop.cli import run

    assert run(["merge", str(tmp_path / "other.rwproj"), str(good)]) == 2
    assert (tmp_path / "other.rwproj").read_bytes() == before


@pytest.mark.parametrize(
    "value, message",
    [("nul\x00byte", "NUL"), (2**40, "out of range"), (float("inf"), "finite")],
)
def test_values_no_database_can_store_are_refused(target, good, tmp_path, value, message):
    manifest, data, photos = unpack(good)
    column = {str: "text", int: "votes", float: "position"}[type(value)]
    data["rw_note"][0][column] = value
    path = tmp_path / "values.rwbundle"
    if isinstance(value, float):
        # JSON has no infinity; Python writes it anyway, as real-world writers might
        raw_bundle(path, manifest, data, photos)
    else:
        raw_bundle(path, manifest, data, photos)
    refused(target, path, BundleSchemaError, message)
