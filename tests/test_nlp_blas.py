"""The parse multiplies with numpy's BLAS on one thread, and parses exactly as with BLIS."""

from __future__ import annotations

from _plain_model import plain_model

TEXTS = [
    "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, Ukraine's defence ministry said.",
    "Foreign Minister Amara Diallo met her Ghanaian counterpart in Accra to discuss the $40 million loan.",
    "Talks resumed.\n\nThe envoy was expelled after the embassy in Baku was closed on 3 March 2023.",
    "Beijing warned Washington against arms sales to Taipei, calling them a grave provocation.",
]


def test_the_parser_multiplies_with_numpy_on_one_thread(nlp):
    from threadpoolctl import threadpool_info

    ops = nlp.get_pipe("parser").model.ops
    assert type(ops).__name__ == "NumpyOps" and not ops.use_blis
    assert all(pool["num_threads"] == 1 for pool in threadpool_info()
               if pool["user_api"] == "blas")


def test_numpy_products_parse_as_blis_does():
    from detente.nlp.blas import parse_ops

    with parse_ops("numpy"):
        ours = plain_model()
    theirs = plain_model()  # thinc's default: BLIS
    assert theirs.get_pipe("ner").model.ops.use_blis
    assert not ours.get_pipe("ner").model.ops.use_blis
    for a, b in zip(ours.pipe(TEXTS), theirs.pipe(TEXTS), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in a] \
            == [(t.tag_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in b]
