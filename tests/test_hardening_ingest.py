"""Hostile files: special files, unreadable folders, other encodings, oversized input.

Each is one clear error naming the file (or it is read), and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
import threading

import pytest
from _ingest_helpers import BODY, collect

from detente.ingest import readers

REPORT = BODY


def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    result: dict = {}
    # Opening a FIFO with no writer blocks forever: read in a thread so a regression fails
    # the test instead of hanging the suite.
    worker = threading.Thread(target=lambda: result.update(out=collect([fifo, tmp_path / "good.txt"])),
                              daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader, then fail
        with open(fifo, "w") as w:
            w.write("x")
        pytest.fail("reading a FIFO hangs")
    articles, errors = result["out"]
    assert len(articles) == 1
    assert len(errors) == 1 and "pipe.txt" in str(errors[0]) and "FIFO" in errors[0].problem


def test_a_device_is_refused_not_read_without_end():
    articles, errors = collect(["/dev/zero"])
    assert not articles
    assert "/dev/zero" in str(errors[0]) and "device" in errors[0].problem


def test_a_fifo_inside_a_folder_is_named_and_the_rest_is_read(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert len(errors) == 1 and "pipe" in errors[0].path


def test_files_over_the_size_limit_are_refused_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.txt").write_text(REPORT * 20, encoding="utf-8")
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert len(errors) == 1 and "big.txt" in errors[0].path and "limit" in errors[0].problem


def test_an_unreadable_subfolder_is_named(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    # The tests run as root here, where chmod 000 locks nothing: refuse the listing instead.
    monkeypatch.setattr(os, "scandir", scandir)
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert len(errors) == 1 and errors[0].path == str(locked)
    assert "cannot read folder" in errors[0].problem and "Permission denied" in errors[0].problem


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    data = REPORT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "a.txt").write_bytes(data)
    (article,), errors = collect([tmp_path / "a.txt"])
    assert not errors
    assert article.text == REPORT


def test_utf16_jsonl_is_read_line_by_line(tmp_path):
    line = json.dumps({"id": "u1", "text": REPORT}) + "\n"
    (tmp_path / "a.jsonl").write_bytes((line + line.replace("u1", "u2")).encode("utf-16"))
    articles, errors = collect([tmp_path / "a.jsonl"])
    assert not errors and [a.doc_id for a in articles] == ["u1", "u2"]


def test_broken_utf16_is_named(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + REPORT.encode("utf-16-le")[:-1])
    articles, errors = collect([tmp_path / "a.txt"])
    assert not articles and "UTF-16" in errors[0].problem


def test_an_empty_path_is_an_error_not_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "here.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    articles, errors = collect([""])
    assert not articles and "empty path" in errors[0].problem


def test_a_compressed_file_that_expands_past_the_limit_is_named(tmp_path, monkeypatch):
    import gzip

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 5000)
    with gzip.open(tmp_path / "bomb.txt.gz", "wb") as f:
        f.write(b" " * 100_000)
    with gzip.open(tmp_path / "ok.txt.gz", "wb") as f:
        f.write(REPORT.encode())
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert len(errors) == 1 and "bomb.txt.gz" in errors[0].path and "limit" in errors[0].problem


def test_a_fifo_with_a_streamed_suffix_is_refused_too(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(out=collect([tmp_path / "pipe.jsonl"])),
                              daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():
        with open(tmp_path / "pipe.jsonl", "w") as w:
            w.write("x")
        pytest.fail("reading a FIFO hangs")
    articles, errors = result["out"]
    assert not articles and "FIFO" in errors[0].problem


def test_a_jsonl_line_over_the_limit_is_named_and_the_next_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 2000)
    lines = [json.dumps({"id": "big", "text": REPORT * 30}), json.dumps({"id": "ok", "text": REPORT})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = collect([tmp_path / "a.jsonl"])
    assert [a.doc_id for a in articles] == ["ok"]
    assert errors[0].line == 1 and "longer than" in errors[0].problem
