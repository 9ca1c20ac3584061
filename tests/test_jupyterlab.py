"""JupyterLab, for real: a headless server, a real browser, 20-reconcile-kind run top to bottom,
its charts drawn and its tables made interactive by itables.

Skipped, with the reason, where no Chromium is installed; `.ci/run` installs Debian's
chromium first so that CI always runs it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from figures_lib.paths import NOTEBOOKS_DIR

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOTEBOOK = "20-reconcile-kind.ipynb"
FIGURES_IN_NOTEBOOK = 3  # rates, cumulative band, timeline
TABLES_IN_NOTEBOOK = 4  # rates, groups, checks, estimates (no sorties event: "No rows.")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="no Chromium on this machine (Debian package chromium)"
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def jupyterlab(tmp_path):
    """A JupyterLab server on a free localhost port, serving a copy of the notebooks."""
    root = tmp_path / "lab"
    # a copy: the browser's autosave must not touch the originals
    shutil.copytree(NOTEBOOKS_DIR, root)
    port, token = free_port(), "figures-test-token"
    # Every cell rendered, not only those in view (JupyterLab's default windowing leaves cells
    # far down a long notebook unrendered, so their charts would never appear in the DOM).
    tracker = (
        tmp_path
        / "settings"
        / "@jupyterlab"
        / "notebook-extension"
        / "tracker.jupyterlab-settings"
    )
    tracker.parent.mkdir(parents=True)
    tracker.write_text('{"windowingMode": "none"}', encoding="utf-8")
    environment = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
        ],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "server.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).read()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(
                    f"JupyterLab did not start: {(tmp_path / 'server.log').read_text()[-2000:]}"
                )
            time.sleep(0.5)
    yield base, token
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


def run_all_cells(page, attempts: int = 3) -> None:
    """Run All Cells, again if no cell started (a prompt still "[ ]" after the outputs were
    cleared): a click while the kernel is still starting, on a loaded machine, runs nothing."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    started = (
        "[...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].some(p => "
        "/\\[(\\*|\\d+)\\]/.test(p.textContent))"
    )
    for _ in range(attempts):
        page.click(".lm-MenuBar-itemLabel:text-is('Run')")
        page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
        try:
            page.wait_for_function(started, timeout=30_000)
            return
        except PlaywrightTimeout:
            continue
    pytest.fail(f"Run All Cells ran no cell in {attempts} attempts")


def test_reconcile_notebook_runs_in_jupyterlab_and_draws_its_charts(jupyterlab, tmp_path):
    from playwright.sync_api import sync_playwright

    base, token = jupyterlab
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}", timeout=60_000)
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
            # The committed outputs drawn first: the notebook is loaded (with outputs of about
            # 1 MB, itables' bundle, a click before that is lost, and the stored outputs,
            # untrusted, appear afterwards as if they were this run's).
            page.wait_for_function(
                "document.querySelectorAll('.jp-OutputArea-output img').length >= "
                f"{FIGURES_IN_NOTEBOOK}",
                timeout=60_000,
            )
            page.wait_for_selector(
                ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
            )
            # Clear the committed outputs, so that whatever renders afterwards is this run's.
            page.click(".lm-MenuBar-itemLabel:text-is('Edit')")
            page.click(".lm-Menu-itemLabel:text-is('Clear Outputs of All Cells')")
            page.wait_for_function(
                "document.querySelectorAll('.jp-OutputArea-output').length === 0", timeout=30_000
            )
            run_all_cells(page)
            page.wait_for_function(
                "document.querySelectorAll('.jp-OutputArea-output img').length >= "
                f"{FIGURES_IN_NOTEBOOK}",
                timeout=180_000,
            )
            page.wait_for_selector(
                ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
            )
            # The tables are interactive: itables' DataTables, loaded from the notebook's own
            # output (offline mode), took them over, and their claim links are still there.
            page.wait_for_function(
                "document.querySelectorAll('.jp-OutputArea-output table.dataTable').length "
                f">= {TABLES_IN_NOTEBOOK}",
                timeout=60_000,
            )
            tables = page.locator(".jp-OutputArea-output table.dataTable.figures-table").count()
            claim_links = page.locator(
                ".jp-OutputArea-output table.dataTable a[href^='#claim-']"
            ).count()
            images = page.locator(".jp-OutputArea-output img")
            widths = [
                images.nth(i).evaluate("img => img.naturalWidth") for i in range(images.count())
            ]
            # textContent, not innerText: cells scrolled out of view (content-visibility) have no
            # rendered text, and the notebook is longer than the window.
            outputs = page.locator(".jp-OutputArea-output").all_text_contents()
            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ).count()
            page.screenshot(path=str(tmp_path / "jupyterlab.png"), full_page=True)
        finally:
            browser.close()
    assert len(widths) == FIGURES_IN_NOTEBOOK and min(widths) > 300, widths
    assert errors == 0
    assert tables == TABLES_IN_NOTEBOOK and claim_links > 0, (tables, claim_links)
    assert not [text for text in outputs if "Traceback" in text or "Error" in text]
    assert any("0 inconsistent of 3 checks" in text for text in outputs)
    # The findings the library writes lead the notebook, in JupyterLab as in the report.
    assert any("53.5\u201364 sorties a day from three outlets" in text for text in outputs)
