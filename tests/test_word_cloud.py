"""The word cloud's packing layout (ui/widgets/word_cloud.py): no overlaps, every word inside
the box, sizes monotone in frequency, deterministic, and a 1024x768 board fits at every
font scale."""

from __future__ import annotations

import itertools

import pytest

from ui.widgets.word_cloud import layout_cloud, word_sizes


def _measure(text: str, size: float) -> tuple[float, float]:
    return 0.6 * size * len(text) + 4, 1.3 * size


def _words(n: int) -> list[tuple[str, int, bool]]:
    names = ["pelayanan", "digital", "terintegrasi", "inovatif", "sejahtera", "transparan",
             "berdaya saing", "cerdas", "hijau", "berkelanjutan", "aman", "nyaman", "maju",
             "mandiri", "religius", "partisipatif"]
    return [(f"{names[i % len(names)]}{'' if i < len(names) else i}", (i * 7919) % 23 + 1,
             i % 5 == 0) for i in range(n)]


def _check(layout, width: float, height: float) -> None:
    for word in layout.words:
        assert word.x >= 0 and word.y >= 0
        assert word.x + word.width <= width + 1e-6
        assert word.y + word.height <= height + 1e-6
    for a, b in itertools.combinations(layout.words, 2):
        assert not a.overlaps(b), (a, b)
    by_count = sorted(layout.words, key=lambda w: w.count)
    for low, high in itertools.pairwise(by_count):
        assert low.size <= high.size + 1e-9


@pytest.mark.parametrize("n", [1, 5, 30, 80])
@pytest.mark.parametrize("size", [(1024, 500), (1920, 700), (400, 200)])
def test_no_overlap_inside_and_monotone(n, size):
    layout = layout_cloud(_words(n), *size, _measure, max_size=60, min_size=12)
    _check(layout, *size)
    assert len(layout.words) + layout.hidden == n
    assert layout.words, "at least the most frequent word is shown"


@pytest.mark.parametrize("scale", [0.5, 0.75, 1.0, 1.5, 2.0, 3.0])
def test_fits_1024x768_at_every_font_scale(scale):
    layout = layout_cloud(_words(40), 1024, 768, _measure, max_size=60 * scale,
                          min_size=12 * scale)
    _check(layout, 1024, 768)
    assert layout.words


def test_deterministic_and_most_frequent_largest():
    words = _words(30)
    one = layout_cloud(words, 1024, 500, _measure, 60, 12)
    two = layout_cloud(list(reversed(words)), 1024, 500, _measure, 60, 12)
    assert one == two
    top = max(one.words, key=lambda w: w.count)
    assert top.size == max(w.size for w in one.words)


def test_too_many_words_leaves_out_the_least_frequent():
    words = _words(300)
    layout = layout_cloud(words, 300, 120, _measure, 40, 12)
    _check(layout, 300, 120)
    assert layout.hidden > 0
    shown = min(w.count for w in layout.words)
    placed = {w.text for w in layout.words}
    assert all(c <= shown for t, c, _p in words if t not in placed)


def test_sizes_by_frequency():
    assert word_sizes([1, 4, 9], 30, 10) == [10, 20, 30]
    assert word_sizes([3, 3], 30, 10) == [30, 30]
    assert word_sizes([], 30, 10) == []
