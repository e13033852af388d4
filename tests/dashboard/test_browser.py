"""The dashboard as a user sees it: `streamlit run dashboard/app.py` against a real API, driven by headless
Debian Chromium (never a downloaded browser). Skipped when /usr/bin/chromium is absent."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.dashboard.conftest import LiveApi, free_port

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path("/usr/bin/chromium").exists(),
                                 reason="/usr/bin/chromium is not installed (apt-get install -y chromium)")]

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("FAIRLINE_SCREENSHOT_DIR", "/tmp"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def dashboard_url(live_api: LiveApi) -> Iterator[str]:
    pytest.importorskip("playwright.sync_api")
    port = free_port()
    env = {**os.environ, "FAIRLINE_API_URL": live_api.url, "FAIRLINE_API_KEY": live_api.keys["dashboard"]}
    proc = subprocess.Popen(  # noqa: S603 - fixed argv, our own app
        [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{url}/_stcore/health", timeout=2).text == "ok":
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("streamlit did not start")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_table_lists_a_demo_interaction_and_detail_shows_its_finding(dashboard_url: str, live_api: LiveApi):
    from playwright.sync_api import sync_playwright

    bad = live_api.by_external("demo-call-001-stereo")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1800})
            page.goto(dashboard_url, wait_until="domcontentloaded")  # Interactions is the default page
            page.get_by_role("heading", name="Interactions").wait_for(timeout=60_000)
            grid = page.locator("[data-testid='stDataFrame']")
            grid.wait_for(timeout=30_000)
            # The data grid draws on a canvas but keeps a (hidden) accessible table of its cells in the DOM.
            grid.locator("td[role='gridcell']", has_text=bad.external_id).first.wait_for(state="attached",
                                                                                       timeout=30_000)
            page.screenshot(path=str(SCREENSHOTS / "fairline-interactions.png"), full_page=True)

            page.get_by_role("combobox", name="Open interaction").click()
            page.get_by_role("option", name=bad.external_id).click()
            page.get_by_text("Security code spoken in a recorded call").wait_for(timeout=30_000)
            assert page.get_by_text("PCI DSS v4.0 Req. 3.3.1").count() >= 1
            page.screenshot(path=str(SCREENSHOTS / "fairline-detail.png"), full_page=True)
            page.get_by_role("tab", name="Transcript").click()
            page.locator(".transcript span.pii").first.wait_for(timeout=10_000)
            page.screenshot(path=str(SCREENSHOTS / "fairline-transcript.png"), full_page=True)
        finally:
            browser.close()
