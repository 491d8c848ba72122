"""Big inputs as streams: .jsonl.gz, .zip archives and large JSONL read in bounded memory."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zipfile

from detente.ingest import read_paths

TEXT = ("Turkey and Iran signed a trade agreement in Ankara on Monday, the foreign "
        "ministers of both countries said after the talks.")


def lines(n: int, start: int = 0) -> str:
    return "".join(json.dumps({"id": f"d{i}", "text": f"{TEXT} Item {i}."}) + "\n"
                   for i in range(start, start + n))


def test_gzipped_jsonl_and_zip_archives_are_read_member_by_member(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(lines(3))
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as z:
        z.writestr("news/part1.jsonl", lines(2, start=10))
        z.writestr("news/story.txt", f"A headline\n\n{TEXT}")
        z.writestr("__MACOSX/._story.txt", "junk")
    errors = []
    got = list(read_paths([tmp_path], on_error=errors.append))
    assert not errors
    assert [a.doc_id for a in got[:5]] == ["d0", "d1", "d2", "d10", "d11"]
    story = got[5]
    assert story.title == "A headline" and story.text.startswith("Turkey and Iran")
    assert story.path.endswith("b.zip!news/story.txt")


def test_a_bad_line_in_a_stream_is_named_and_the_rest_is_read(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(lines(1).encode() + b'{"text": "caf\xe9"}\n' + b"not json\n" + lines(1, 5).encode())
    errors = []
    got = list(read_paths([path], on_error=errors.append))
    assert [a.doc_id for a in got] == ["d0", "d5"]
    assert [(e.line, "UTF-8" in str(e) or "JSON" in str(e)) for e in errors] == [(2, True), (3, True)]
    assert all(str(path) in str(e) for e in errors)


def test_a_corrupt_archive_is_one_clear_error(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    errors = []
    assert list(read_paths([tmp_path / "bad.zip"], on_error=errors.append)) == []
    assert len(errors) == 1 and "bad.zip" in str(errors[0])


def test_a_large_jsonl_is_read_in_bounded_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for block in range(60):
            f.write(lines(500, start=block * 500))
    size = path.stat().st_size
    assert size > 4_000_000
    tracemalloc.start()
    n = sum(1 for _ in read_paths([path]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 30_000
    assert peak < size / 10  # a whole-file read would hold the file two or three times
