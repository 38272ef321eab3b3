"""A check the pages that print login cards share: every username and password is whole on its card.

Generated pupil passwords are three short words and two digits (up to 20 characters): a password cut off at the
card's edge, or broken over two lines, could not be typed from the card."""

from __future__ import annotations

from playwright.sync_api import Locator

from app.services.accounts import users

# The longest password the generator can make: three of the longest words and two digits.
LONGEST_PUPIL_PASSWORD = "-".join([max(users.pupil_password_words(), key=len)] * 3 + ["88"])

# For each secret (username, password) on the cards: its text, how many lines it takes, and whether the text lies
# inside its card's content box. The first card's password is shown as the longest possible one while measuring.
_MEASURE = """(cards, longest) => {
  const first = cards[0]?.querySelectorAll(".login-card__secret")[1];
  const original = first?.textContent;
  if (first) first.textContent = longest;
  const found = cards.flatMap((card) => {
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    return [...card.querySelectorAll(".login-card__secret")].map((secret) => {
      const range = document.createRange();
      range.selectNodeContents(secret);
      const text = range.getBoundingClientRect();
      return { text: secret.textContent, lines: range.getClientRects().length,
               inside: text.width > 0 && text.left >= left - 0.5 && text.right <= right + 0.5 };
    });
  });
  if (first) first.textContent = original;
  return found;
}"""


def assert_secrets_fit(cards: Locator) -> None:
    """Every username and password on these (visible) login cards is on one line inside its card, the longest
    possible password too."""
    secrets = cards.evaluate_all(_MEASURE, LONGEST_PUPIL_PASSWORD)
    assert secrets, "no login card was measured"
    for secret in secrets:
        assert secret["lines"] == 1, f"{secret['text']!r} is broken over {secret['lines']} lines on its card"
        assert secret["inside"], f"{secret['text']!r} runs past the edge of its login card"
