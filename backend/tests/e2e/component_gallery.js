// Every component of the design system on one screen, built with the real modules, so a browser test can
// check them with axe and take a screenshot a person can look at. Evaluated in a page of the live server.
async () => {
  const { el, html } = await import("/js/components/html.js");
  const { feedbackPanel } = await import("/js/components/feedback.js");
  const { statusMessage } = await import("/js/components/status.js");
  const { field } = await import("/js/components/field.js");
  const { progressBar } = await import("/js/components/progress.js");
  const { tabs } = await import("/js/components/tabs.js");
  const { lineChart, histogram } = await import("/js/components/chart.js");

  const title = field({ label: "Assessment title", name: "title", help: "Pupils see this at the top of every question." });
  const answer = field({ label: "Your answer", name: "answer", value: "10012" });
  answer.setError("Use only the digits 0 and 1.");
  const year = field({
    label: "Year group",
    as: "select",
    options: [{ value: "7", label: "Year 7" }, { value: "8", label: "Year 8", selected: true }],
  });

  const main = document.getElementById("main");
  main.className = "page";
  main.replaceChildren(
    html`
      <div class="page__header">
        <h1>Components</h1>
        <p class="page__lead">Everything the pages are built from.</p>
      </div>
      <section class="stack" aria-labelledby="g-buttons">
        <h2 id="g-buttons">Buttons</h2>
        <div class="cluster">
          <button type="button" class="button">Submit answer</button>
          <button type="button" class="button button--secondary">Need a hint?</button>
          <button type="button" class="button button--quiet">Show me an easier version</button>
          <button type="button" class="button button--danger">Delete question</button>
          <button type="button" class="button" disabled>Saving…</button>
          <button type="button" class="button button--secondary" aria-pressed="true">Larger text</button>
        </div>
      </section>
      <section aria-labelledby="g-badges">
        <h2 id="g-badges">Badges</h2>
        <p class="cluster">
          <span class="badge">Draft</span><span class="badge badge--info">In review</span>
          <span class="badge badge--success">Published</span><span class="badge badge--warning">Needs marking</span>
        </p>
      </section>`,
    el(
      "section",
      { "aria-labelledby": "g-status" },
      el("h2", { id: "g-status" }, "Status messages"),
      statusMessage("Your progress is saved.", { kind: "info", role: "status" }),
      statusMessage("Published to 7A.", { kind: "success" }),
      statusMessage("Saved on this computer — will send when connected.", { kind: "warning" }),
      statusMessage("No assessments yet."),
    ),
    el(
      "section",
      { "aria-labelledby": "g-feedback" },
      el("h2", { id: "g-feedback" }, "Feedback"),
      feedbackPanel({ result: "correct", message: "Each place value doubles: 8 + 2 = 10." }),
      feedbackPanel({ result: "nearly", message: "You matched 3 of the 4 pairs. Look again at the last one." }),
      feedbackPanel({ result: "not-quite", message: "A byte has 8 bits. Count the digits again." }),
    ),
    el("section", { "aria-labelledby": "g-forms" }, el("h2", { id: "g-forms" }, "Form fields"), title.element, answer.element, year.element,
      html`<fieldset><legend>Question types to include</legend>
        <label class="choice"><input type="checkbox" checked> Multiple choice</label>
        <label class="choice"><input type="checkbox"> Python code</label></fieldset>`),
    html`
      <section aria-labelledby="g-table">
        <h2 id="g-table">Table</h2>
        <div class="table-wrap"><table class="table">
          <caption>Class 7A</caption>
          <thead><tr><th scope="col">Pupil</th><th scope="col">Status</th><th scope="col" class="number">Score</th></tr></thead>
          <tbody>
            <tr><th scope="row">Amelia Smith</th><td><span class="badge badge--success">Completed</span></td><td class="number">80%</td></tr>
            <tr><th scope="row">Ben Jones</th><td><span class="badge">Not started</span></td><td class="number">–</td></tr>
          </tbody>
        </table></div>
      </section>
      <section aria-labelledby="g-cards">
        <h2 id="g-cards">Cards</h2>
        <ul class="grid">
          <li class="card card--link"><h3 class="card__title"><a href="#g-cards">Binary numbers</a></h3>
            <p class="card__meta">10 questions · About 20 minutes</p></li>
          <li class="card"><h3 class="card__title">Networks</h3><p class="card__meta">Due Friday 14 November</p></li>
        </ul>
      </section>`,
    el("section", { "aria-labelledby": "g-progress" }, el("h2", { id: "g-progress" }, "Progress"),
      progressBar({ value: 3, max: 10, label: "Question 3 of 10" })),
    el("section", { "aria-labelledby": "g-tabs" }, el("h2", { id: "g-tabs" }, "Tabs"),
      tabs({
        label: "Results",
        tabs: [
          { id: "summary", label: "Summary", panel: el("p", {}, "18 of 24 pupils have finished.") },
          { id: "questions", label: "Questions", panel: () => el("p", {}, "Question 4 needs attention.") },
        ],
      })),
    el("section", { "aria-labelledby": "g-charts" }, el("h2", { id: "g-charts" }, "Charts"),
      lineChart({
        title: "Your scores over time",
        points: [
          { label: "12 Sep", value: 45 }, { label: "26 Sep", value: 60 }, { label: "10 Oct", value: 55 },
          { label: "7 Nov", value: 70 }, { label: "21 Nov", value: 85 },
        ],
      }),
      histogram({ title: "Score distribution, 7A", values: [35, 42, 55, 58, 61, 64, 66, 68, 72, 74, 75, 78, 81, 85, 88, 93] })),
  );
}
