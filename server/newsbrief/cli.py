"""The ``newsbrief`` command: ``serve`` the API, or ``analyze`` files on the command line."""

from __future__ import annotations

import json
import sys
import time
from typing import Any, TextIO

import click

from newsbrief import __version__
from newsbrief.analysis.analyzer import Analyzer
from newsbrief.analysis.options import SUMMARY_LENGTHS
from newsbrief.analysis.pipeline import ModelNotFoundError
from newsbrief.analysis.summary import METHODS
from newsbrief.batch import run_jsonl
from newsbrief.errors import ApiError
from newsbrief.validation import parse_analyze_request

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MAX_TEXT_CHARS = 300_000


@click.group()
@click.version_option(__version__, prog_name="newsbrief")
def main() -> None:
    """NewsBrief: summary, key actors and attributed quotes of news articles, on this machine."""


def _load(model: str | None) -> Analyzer:
    try:
        return Analyzer.load(model)
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from error


@main.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to bind. Anything but loopback exposes the API to other machines.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--model", default=None, help="spaCy pipeline name (default: NEWSBRIEF_SPACY_MODEL or en_core_web_sm).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 32),
              help="Analysis processes, each with its own model (~250 MB); one per core at most.")
@click.option("--threads", default=None, type=click.IntRange(1, 64),
              help="waitress threads for connections (default: 4, or workers + 2).")
@click.option("--allow-host", multiple=True, help="Another Host name to answer to (repeatable).")
@click.option("--extension-id", multiple=True, help="Serve only this extension id (repeatable; default: any).")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
              show_default=True, help="At debug, error messages (which may quote an article) are logged too.")
def serve(host: str, port: int, model: str | None, workers: int, threads: int | None,
          allow_host: tuple[str, ...], extension_id: tuple[str, ...], log_level: str) -> None:
    """Serve the HTTP API with waitress."""
    from newsbrief import serve as serving
    from newsbrief.logs import configure_logging
    from newsbrief.memory import limit_malloc_arenas

    started = time.perf_counter()
    limit_malloc_arenas()
    configure_logging(log_level)
    options = serving.ServeOptions(host, port, model, workers, threads, allow_host, extension_id)
    warning = serving.exposure_warning(host)
    if warning:
        click.echo(warning, err=True)
    try:
        backend = serving.start_backend(model, workers, log_level)
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from error
    try:
        server = serving.create_server(serving.build_app(options, backend), options)
    except BaseException:
        backend.close()
        raise
    # The socket is bound now: a client that reads "ready" can connect at once.
    click.echo(serving.ready_message(server, options, backend, started), err=True)
    serving.run(server, backend)
    click.echo("NewsBrief stopped.", err=True)


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--title", default=None, help="The article's title (helps the summary).")
@click.option("--sentences", type=click.IntRange(1, 10), default=None, help="Exact summary length.")
@click.option("--length", type=click.Choice(list(SUMMARY_LENGTHS)), default=None)
@click.option("--method", type=click.Choice(list(METHODS)), default=None, help="Summary method.")
@click.option("--model", default=None, help="spaCy pipeline name.")
@click.option("--jsonl", is_flag=True, help="Batch: one JSON object per input line, one per output line.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parser processes for --jsonl (nlp.pipe n_process).")
def analyze(
    source: TextIO, title: str | None, sentences: int | None, length: str | None,
    method: str | None, model: str | None, jsonl: bool, workers: int,
) -> None:
    """Analyse an article read from SOURCE (a file, or - for standard input)."""
    options: dict[str, Any] = {}
    if length:
        options["summary_length"] = length
    if sentences:
        options["summary_sentences"] = sentences
    if method:
        options["summary_method"] = method
    analyzer = _load(model)
    if jsonl:
        failures = run_jsonl(analyzer, source, sys.stdout, default_options=options,
                             max_text_chars=MAX_TEXT_CHARS, n_process=workers)
        if failures:
            click.echo(f"{failures} line(s) could not be analysed; see their error objects.", err=True)
        return
    try:
        request = parse_analyze_request(
            {"text": source.read(), "title": title, "options": options}, max_text_chars=MAX_TEXT_CHARS
        )
    except ApiError as error:
        raise click.ClickException(error.message) from error
    analysis = analyzer.analyze(request.article).with_warnings(request.warnings)
    click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
