from tests.dashboard.test_browser import *  # noqa

def test_debug(dashboard_url, live_api):
    from playwright.sync_api import sync_playwright
    bad = live_api.by_external("demo-call-001-stereo")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1440, "height": 2400})
        page.goto(dashboard_url + f"?id={bad.id}", wait_until="domcontentloaded")
        page.get_by_text("Security code spoken in a recorded call").wait_for(timeout=60_000)
        time.sleep(2)
        page.screenshot(path="/tmp/d1.png")
        page.get_by_role("tab", name="Transcript").click(); time.sleep(1)
        page.screenshot(path="/tmp/d2.png", clip={"x":0,"y":700,"width":1440,"height":900})
        page.get_by_role("tab", name="Outcomes & scores").click(); time.sleep(1)
        page.screenshot(path="/tmp/d3.png", clip={"x":0,"y":700,"width":1440,"height":1000})
        page.get_by_role("link", name="Compliance").click()
        page.get_by_text("Violations by category").wait_for(timeout=60_000); time.sleep(3)
        page.screenshot(path="/tmp/d4.png")
        page.get_by_role("link", name="KPIs").click()
        page.get_by_text("Tone and quality per agent").wait_for(timeout=60_000); time.sleep(3)
        page.screenshot(path="/tmp/d5.png")
        browser.close()
