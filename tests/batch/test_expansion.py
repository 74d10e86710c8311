"""Templates, values, tables, alternatives and matrices expand to the right requests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest, batch_line
from studio.batch import (
    ExpansionError,
    Template,
    expand,
    parse_matrix,
    preview,
    rows_from_file,
    rows_from_lines,
    rows_from_table,
)
from studio.gallery import Pricing
from tests.images import png

BASE = ImageRequest(Endpoint.GENERATIONS, model="gpt-image-1.5", size="1024x1024", quality="low")


def prompts(items: tuple) -> list[str]:
    return [item.prompt for item in items]


def test_variables_from_a_list_one_per_line() -> None:
    template = Template("a watercolour {subject}, soft light")
    rows = rows_from_lines("fox\n\n  owl  \nhare\n", template)
    items = expand(template, rows, BASE)
    assert prompts(items) == [
        "a watercolour fox, soft light",
        "a watercolour owl, soft light",
        "a watercolour hare, soft light",
    ]
    assert [item.custom_id for item in items] == ["line-1", "line-2", "line-3"]
    assert items[1].variables == {"subject": "owl"}
    assert items[0].request.model == "gpt-image-1.5"


def test_a_list_without_template_is_one_prompt_per_line() -> None:
    template = Template("")
    items = expand(template, rows_from_lines("a fox\nan owl", template), BASE)
    assert prompts(items) == ["a fox", "an owl"]


def test_csv_and_tsv_columns_are_variables(tmp_path: Path) -> None:
    template = Template("a {colour} {thing} on {{white}}")
    csv_file = tmp_path / "things.csv"
    csv_file.write_text('colour,thing\nred,"car, old"\nblue,boat\n', encoding="utf-8")
    tsv_file = tmp_path / "things.tsv"
    tsv_file.write_text("thing\tcolour\nkite\tgreen\n", encoding="utf-8")
    assert prompts(expand(template, rows_from_file(csv_file, template), BASE)) == [
        "a red car, old on {white}",
        "a blue boat on {white}",
    ]
    assert prompts(expand(template, rows_from_file(tsv_file, template), BASE)) == [
        "a green kite on {white}"
    ]
    assert rows_from_table("a\tb\n1\t2\n") == [{"a": "1", "b": "2"}]


def test_inline_alternatives_and_a_matrix_multiply() -> None:
    template = Template("a {red|green|blue} {subject}")
    matrix = parse_matrix(
        ["size=1024x1024,1536x1024", "quality=low;model=gpt-image-1,gpt-image-1.5"]
    )
    assert matrix == {
        "size": ("1024x1024", "1536x1024"),
        "quality": ("low",),
        "model": ("gpt-image-1", "gpt-image-1.5"),
    }
    items = expand(template, [{"subject": "fox"}, {"subject": "owl"}], BASE, matrix)
    assert len(items) == 2 * 3 * 2 * 1 * 2
    assert len({item.custom_id for item in items}) == len(items)
    first = items[0].request
    assert (first.prompt, first.size, first.model) == ("a red fox", "1024x1024", "gpt-image-1")
    last = items[-1].request
    assert (last.prompt, last.size, last.model) == ("a blue owl", "1536x1024", "gpt-image-1.5")


@pytest.mark.parametrize(
    ("template", "rows", "says"),
    [
        ("a {colour} {thing}", [{"colour": "red"}], "row 1: no value for {thing}"),
        ("a fox", [{"prompt": "x"}], "names no {variable}"),
        ("{subject}", [{"subject": ""}], "empty prompt"),
    ],
)
def test_what_cannot_expand_says_why(template: str, rows: list, says: str) -> None:
    with pytest.raises(ExpansionError, match=says.replace("{", r"\{").replace("}", r"\}")):
        expand(Template(template), rows, BASE)


def test_bad_matrices_and_lists_are_refused() -> None:
    with pytest.raises(ExpansionError, match="matrix varies one of"):
        parse_matrix(["colour=red"])
    with pytest.raises(ExpansionError, match="CSV or TSV"):
        rows_from_lines("x", Template("{a} {b}"))


def test_the_preview_counts_and_totals_at_half_price_through_the_batch_api() -> None:
    template = Template("{subject}")
    items = expand(template, rows_from_lines("fox\nowl", template), BASE)
    live = preview(items, Pricing.load())
    batched = preview(items, Pricing.load(), batch_api=True)
    assert live.count == 2
    assert live.total.cost.low == pytest.approx(2 * 0.009, abs=1e-4)
    assert batched.total.cost.low == pytest.approx(live.total.cost.low / 2)


def test_jsonl_lines_have_the_batch_shape() -> None:
    line = batch_line("line-7", ImageRequest(Endpoint.GENERATIONS, "a fox", n=2, stream=True))
    assert set(line) == {"custom_id", "method", "url", "body"}
    assert line["method"] == "POST"
    assert line["url"] == "/v1/images/generations"
    assert line["body"] == {"prompt": "a fox", "n": 2}
    image = ImageFile.from_bytes(png(32, 32))
    edit = ImageRequest(Endpoint.EDITS, "a hat", images=(image,), mask=image)
    line = json.loads(json.dumps(batch_line("e", edit)))
    assert line["url"] == "/v1/images/edits"
    assert line["body"]["images"][0]["image_url"].startswith("data:image/png;base64,")
    assert line["body"]["mask"]["image_url"].startswith("data:image/png;base64,")
