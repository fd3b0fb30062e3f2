"""The ``newsbrief`` command: ``serve`` the API, or ``analyze`` files on the command line."""

from __future__ import annotations

import ipaddress
import json
import logging
import sys
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
WARM_UP_TEXT = "NewsBrief is starting. “It works,” the server said on Monday."


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
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to bind.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--model", default=None, help="spaCy pipeline name (default: NEWSBRIEF_SPACY_MODEL or en_core_web_sm).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
def serve(host: str, port: int, model: str | None, threads: int) -> None:
    """Serve the HTTP API with waitress."""
    import waitress

    from newsbrief.api import ANALYZER_KEY
    from newsbrief.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not _is_loopback(host):
        click.echo(
            f"WARNING: binding {host} exposes NewsBrief to other machines; "
            "the API has no authentication.", err=True
        )
    analyzer = _load(model)
    analyzer.nlp(WARM_UP_TEXT)  # the first parse allocates; do it before saying we are ready
    app = create_app({"SPACY_MODEL": model} if model else None)
    app.extensions[ANALYZER_KEY] = analyzer
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="newsbrief")
    # The socket is bound now: a client that reads "ready" can connect at once.
    bound_port = getattr(server, "effective_port", port)
    click.echo(f"NewsBrief {__version__} ready on http://{host}:{bound_port} (model {analyzer.model})", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("NewsBrief stopped.", err=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


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
