// Keyboard shortcuts for the review queue: j / k move between items, a accepts the suggestion, c types a
// correction, d dismisses. The page works without this script: every action is a plain form.
(function () {
  const items = Array.from(document.querySelectorAll("li.item"));
  if (items.length === 0) return;
  let current = 0;
  function select(index) {
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((item, i) => item.classList.toggle("current", i === current));
    items[current].focus({ preventScroll: false });
  }
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (typing) {
      if (event.key === "Escape") { event.target.blur(); items[current].focus(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const item = items[current];
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": item.querySelector("button.accept")?.click(); break;
      case "d": item.querySelector("button.dismiss")?.click(); break;
      case "c": item.querySelector("form.correct input[name=answer]")?.focus(); event.preventDefault(); break;
      default: return;
    }
  });
  select(0);
})();
