"""The shared JavaScript modules, exercised in a real page of the live server (ES modules imported as the pages
import them): the escaping template, the API client, the modal dialog, tabs, toasts and charts."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_html_template_escapes_data_and_refuses_unsafe_markup(page):
    page.goto("/")
    result = page.evaluate("""async () => {
        const { html, el } = await import('/js/components/html.js');
        const evil = '<img src=x onerror="window.hacked = 1">';
        const box = document.createElement('div');
        box.append(html`<p title="${evil}">${evil}</p><a href="${'javascript:alert(1)'}">x</a>
                        <ul>${['a<b', 'c'].map((t) => html`<li>${t}</li>`)}</ul>${null}${false}`);
        let unquoted = null;
        try { html`<p class=${'x onclick=alert(1)'}>`; } catch (e) { unquoted = e.message; }
        const made = el('button', { class: ['button', false && 'no'], type: 'button' }, evil);
        return {
            images: box.querySelectorAll('img').length,
            text: box.querySelector('p').textContent,
            title: box.querySelector('p').title,
            href: box.querySelector('a').getAttribute('href'),
            items: [...box.querySelectorAll('li')].map((li) => li.textContent),
            unquoted,
            button: [made.className, made.textContent, made.children.length],
        };
    }""")
    evil = '<img src=x onerror="window.hacked = 1">'
    assert result["images"] == 0
    assert result["text"] == evil
    assert result["title"] == evil
    assert result["href"] == "#"
    assert result["items"] == ["a<b", "c"]
    assert "quotes" in result["unquoted"]
    assert result["button"] == ["button", evil, 0]
    assert page.evaluate("window.hacked") is None


def test_api_client_reports_errors_in_words(page, login_as, page_problems):
    login_as(page, "teacher")
    page_problems.allow(r"Request failed: GET /api/units")  # cut off on purpose below
    page.route("**/api/units", lambda route: route.abort("internetdisconnected"))
    result = page.evaluate("""async () => {
        const { api, ApiError } = await import('/js/api.js');
        const caught = async (promise) => {
            try { await promise; return null; }
            catch (e) { return { isApiError: e instanceof ApiError, status: e.status, error: e.error,
                                 detail: e.detail, network: e.isNetworkError ?? null, message: e.message }; }
        };
        return {
            missing: await caught(api('/api/nothing-here')),
            offline: await caught(api('/api/units')),
            badPath: await caught(api('classes')),
            ok: await api('/api/auth/me'),
        };
    }""")
    assert result["missing"] == {
        "isApiError": True, "status": 404, "error": "NotFound", "network": False,
        "detail": "There is nothing at /api/nothing-here. Check the address.",
        "message": "There is nothing at /api/nothing-here. Check the address.",
    }
    assert result["offline"]["status"] == 0
    assert result["offline"]["error"] == "NetworkError"
    assert result["offline"]["network"] is True
    assert result["offline"]["detail"].startswith("Could not reach the school server.")
    assert result["badPath"]["isApiError"] is False
    assert "/api/" in result["badPath"]["message"]
    assert result["ok"]["user"]["username"] == "teacher"


def test_api_client_recovers_a_lost_csrf_token_and_redirects_when_signed_out(page, login_as):
    login_as(page, "teacher")
    # A stale token (for example from another tab's old session): the client fetches the current one and retries.
    message = page.evaluate("""async () => {
        const { api, setCsrfToken } = await import('/js/api.js');
        setCsrfToken('not-the-right-token');
        return (await api('/api/auth/logout', { method: 'POST' })).message;
    }""")
    assert message == "You are signed out."
    # Now signed out: any API call sends the page to sign in, and back here afterwards.
    page.evaluate("() => { import('/js/api.js').then((m) => m.api('/api/classes')); }")  # never settles: we leave
    expect(page).to_have_url(re.compile(r"/\?next=%2Fteacher%2Fdashboard\.html$"))


def test_api_upload_sends_a_file_with_progress(page, login_as):
    login_as(page, "teacher")
    result = page.evaluate("""async () => {
        const { apiUpload, ApiError } = await import('/js/api.js');
        const canvas = document.createElement('canvas');
        canvas.width = 40; canvas.height = 30;
        const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
        const form = new FormData();
        form.append('file', png, 'diagram.png');
        const progress = [];
        const image = await apiUpload('/api/media', form, { onProgress: (f) => progress.push(f) });
        const bad = new FormData();
        bad.append('file', new Blob(['not an image'], { type: 'image/png' }), 'fake.png');
        let refused = null;
        try { await apiUpload('/api/media', bad); }
        catch (e) { refused = { isApiError: e instanceof ApiError, status: e.status, detail: e.detail }; }
        return { image, lastProgress: progress.at(-1), refused };
    }""")
    assert result["image"]["width"] == 40
    assert result["image"]["height"] == 30
    assert result["image"]["url"].startswith("/api/media/")
    assert result["lastProgress"] == 1
    assert result["refused"]["isApiError"] is True
    assert 400 <= result["refused"]["status"] < 500
    assert result["refused"]["detail"]


def test_modal_keeps_focus_inside_closes_on_escape_and_returns_focus(page):
    page.goto("/")
    page.evaluate("""async () => {
        const { openModal } = await import('/js/components/modal.js');
        const opener = document.getElementById('sign-in-button');
        opener.focus();
        window.choice = 'pending';
        openModal({
            title: 'Ready to submit your assessment?',
            body: 'You cannot change your answers after this.',
            actions: [{ label: 'Go back and check', value: 'back', kind: 'secondary' },
                      { label: 'Submit my assessment', value: 'submit' }],
        }).then((value) => { window.choice = value; });
    }""")
    dialog = page.get_by_role("dialog", name="Ready to submit your assessment?")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-describedby", re.compile(r"-body$"))
    expect(page.get_by_role("button", name="Go back and check")).to_be_focused()
    for _ in range(4):  # Tab never leaves the dialog for the page behind it
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('dialog') !== null")
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    page.wait_for_function("window.choice !== 'pending'")  # the close event comes a moment after Escape
    assert page.evaluate("window.choice") is None
    assert page.locator("dialog").count() == 0
    expect(page.get_by_role("button", name="Sign in")).to_be_focused()


def test_confirm_dialog_answers_true_only_for_the_confirm_button(page):
    page.goto("/")
    page.evaluate("""async () => {
        const { confirmDialog } = await import('/js/components/modal.js');
        confirmDialog({ title: 'Delete this question?', message: 'This cannot be undone.',
                        confirmLabel: 'Delete question', danger: true }).then((v) => { window.answer = v; });
    }""")
    page.get_by_role("button", name="Delete question").click()
    page.wait_for_function("window.answer !== undefined")
    assert page.evaluate("window.answer") is True


def test_tabs_follow_the_arrow_keys_and_build_panels_when_shown(page):
    page.goto("/")
    page.evaluate("""async () => {
        const { tabs } = await import('/js/components/tabs.js');
        window.built = 0;
        window.changes = [];
        document.getElementById('main').replaceChildren(tabs({
            label: 'Results',
            tabs: [
                { id: 'summary', label: 'Summary', panel: document.createTextNode('Summary panel') },
                { id: 'questions', label: 'Questions', panel: () => { window.built++; return document.createTextNode('Questions panel'); } },
                { id: 'pupils', label: 'Pupils', panel: document.createTextNode('Pupils panel') },
            ],
            onChange: (id) => window.changes.push(id),
        }));
    }""")
    tablist = page.get_by_role("tablist", name="Results")
    expect(tablist.get_by_role("tab", name="Summary")).to_have_attribute("aria-selected", "true")
    assert page.evaluate("window.built") == 0
    tablist.get_by_role("tab", name="Summary").focus()
    page.keyboard.press("ArrowRight")
    expect(tablist.get_by_role("tab", name="Questions")).to_be_focused()
    expect(page.get_by_role("tabpanel", name="Questions")).to_have_text("Questions panel")
    expect(page.get_by_role("tabpanel", name="Summary")).to_be_hidden()
    page.keyboard.press("End")
    expect(tablist.get_by_role("tab", name="Pupils")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowRight")  # wraps round to the first
    expect(tablist.get_by_role("tab", name="Summary")).to_be_focused()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("window.built") == 1  # built once, when first shown
    assert page.evaluate("window.changes") == ["questions", "pupils", "summary", "questions"]
    # Only the selected tab is in the Tab order.
    assert page.evaluate("[...document.querySelectorAll('[role=tab]')].map((t) => t.tabIndex)") == [-1, 0, -1]


def test_toasts_are_read_out_and_can_be_hidden(page):
    page.goto("/")
    page.evaluate("import('/js/components/toast.js').then((m) => m.toast('Your progress is saved.', { kind: 'success' }))")
    region = page.locator(".toast-region")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_contain_text("Your progress is saved.")
    region.get_by_role("button", name="Hide this message").click()
    expect(region.locator(".toast")).to_have_count(0)


def test_charts_have_words_and_a_table_for_their_numbers(page):
    page.goto("/")
    page.evaluate("""async () => {
        const { lineChart, histogram, binScores } = await import('/js/components/chart.js');
        window.bins = binScores([0, 9, 10, 99, 100, 100]).map((b) => [b.label, b.value]);
        document.getElementById('main').replaceChildren(
            lineChart({ title: 'Your scores over time', points: [{ label: '12 Sep', value: 40 }, { label: '3 Oct', value: 75 }] }),
            histogram({ title: 'Score distribution', values: [35, 72, 78, 91] }),
            histogram({ title: 'Nothing yet', values: [] }),
        );
    }""")
    assert page.evaluate("window.bins")[0] == ["0–9%", 2]
    assert page.evaluate("window.bins")[1] == ["10–19%", 1]
    assert page.evaluate("window.bins")[-1] == ["90–100%", 3]

    line = page.get_by_role("figure", name="Your scores over time")
    picture = line.get_by_role("img", name="Your scores over time")
    expect(picture).to_have_attribute("aria-describedby", re.compile("desc"))
    expect(line).to_contain_text("2 results, from 12 Sep to 3 Oct. Lowest 40%, highest 75%, latest 75%.")
    line.get_by_text("Show the numbers as a table").click()
    expect(line.get_by_role("row")).to_have_count(3)
    expect(line.get_by_role("row", name="3 Oct 75%")).to_be_visible()

    spread = page.get_by_role("figure", name="Score distribution")
    expect(spread).to_contain_text("4 scores. Most are in the 70–79% band (2).")
    assert spread.locator("rect.chart__bar").count() == 10
    expect(page.get_by_role("figure", name="Nothing yet")).to_contain_text("No results to show yet.")
