// Live word counts that follow the server's rule (selfassess/review/words.py):
// a word is a run of non-space characters containing a letter or a digit.
const WORD = /[\p{L}\p{N}]/u;

export function countWords(text) {
  if (!text) return 0;
  return text.split(/\s+/).filter((token) => token && WORD.test(token)).length;
}

function format(n) {
  return n.toLocaleString("en-GB");
}

function message(count, limit) {
  if (!limit) return `${format(count)} ${count === 1 ? "word" : "words"}`;
  if (count > limit) {
    const over = count - limit;
    return `You have ${format(over)} ${over === 1 ? "word" : "words"} too many (${format(count)} of ${format(limit)}). Your text will be saved, but the SAR cannot be signed off until it fits.`;
  }
  return `${format(count)} of ${format(limit)} words used`;
}

// Each group of textareas shares one limit: a section, or the four parts of section 3.
export function initWordCounts(root) {
  const groups = new Map();
  root.querySelectorAll("textarea[data-word-count]").forEach((area) => {
    const name = area.dataset.wordGroup || area.id;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(area);
  });
  groups.forEach((areas, name) => {
    const limitFrom = areas.find((a) => a.dataset.wordLimit);
    const limit = limitFrom ? Number(limitFrom.dataset.wordLimit) : 0;
    let status = root.querySelector(`[data-word-count-status="${name}"]`);
    if (!status) {
      status = document.createElement("p");
      areas[areas.length - 1].insertAdjacentElement("afterend", status);
    }
    status.classList.add("govuk-hint", "app-word-count");
    status.setAttribute("aria-live", "polite");
    status.dataset.wordCountStatus = name;
    const update = () => {
      const count = areas.reduce((sum, a) => sum + countWords(a.value), 0);
      status.textContent = message(count, limit);
      const over = limit && count > limit;
      status.classList.toggle("govuk-error-message", Boolean(over));
      status.classList.toggle("govuk-hint", !over);
      areas.forEach((a) => a.classList.toggle("govuk-textarea--error", Boolean(over)));
    };
    areas.forEach((a) => a.addEventListener("input", update));
    update();
  });
}
