"""Numbers that open a sentence are written as words (EYD V): ``number_words_id`` and
``sentence_count`` in ``exports.common``; expected texts written by hand."""

from __future__ import annotations

import pytest

from smartbimtek.exports.common import count_text, number_words_id, sentence_count


@pytest.mark.parametrize(("n", "words"), [
    (0, "nol"), (1, "satu"), (2, "dua"), (3, "tiga"), (9, "sembilan"), (10, "sepuluh"),
    (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"), (20, "dua puluh"),
    (25, "dua puluh lima"), (47, "empat puluh tujuh"), (99, "sembilan puluh sembilan"),
    (100, "seratus"), (101, "seratus satu"), (111, "seratus sebelas"),
    (150, "seratus lima puluh"), (200, "dua ratus"), (392, "tiga ratus sembilan puluh dua"),
    (1000, "seribu"), (1001, "seribu satu"), (2026, "dua ribu dua puluh enam"),
    (5000, "lima ribu"), (10000, "sepuluh ribu"), (11000, "sebelas ribu"),
    (100000, "seratus ribu"), (1000000, "satu juta"), (2500000, "dua juta lima ratus ribu"),
    (1000000000, "satu miliar"), (3000000000000, "tiga triliun"),
])
def test_number_words(n, words):
    assert number_words_id(n) == words


def test_negative_and_huge_numbers():
    assert number_words_id(-3) == "minus tiga"
    assert number_words_id(10**18) == str(10**18)  # beyond triliun: digits


@pytest.mark.parametrize(("n", "noun", "text"), [
    (3, "perangkat daerah", "Tiga perangkat daerah"),
    (1, "kegiatan", "Satu kegiatan"),
    (25, "butir SWOT", "Dua puluh lima butir SWOT"),
    (0, "program", "Tidak ada program"),
    (100, "usulan program", "Seratus usulan program"),
])
def test_sentence_count(n, noun, text):
    assert sentence_count(n, noun) == text


def test_count_text_inside_a_sentence_keeps_digits():
    assert count_text(3, "perangkat daerah") == "3 perangkat daerah"
    assert count_text(0, "program") == "0 program"
