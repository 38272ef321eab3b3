// The pupil's home page. For now it greets the pupil; the list of assessments is added by the pupil pages.

import { startPage } from "../app.js";
import { html, replaceChildren } from "../components/html.js";

startPage({
  roles: ["pupil"],
  render(main, { user }) {
    replaceChildren(
      main,
      html`
        <div class="page__header">
          <h1>Hello, ${user.name}.</h1>
          <p class="page__lead">Your assessments will appear here.</p>
        </div>
        <div class="card card--soft">
          <p>When your teacher sets an assessment for your class, it will be listed on this page.</p>
        </div>`,
    );
  },
});
