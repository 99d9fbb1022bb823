// Profile editor enhancements. Without JavaScript the lists are plain one-item-per-line textareas;
// with it, each item gets its own input with add/remove buttons, and the textarea is kept in step for submit.
(function () {
  "use strict";

  function text(el, name, fallback) {
    return el.dataset[name] || fallback;
  }

  function enhance(area) {
    const labels = document.documentElement.lang === "vi"
      ? { add: "Thêm dòng", remove: "Xóa", item: "Mục" }
      : { add: "Add a line", remove: "Remove", item: "Item" };
    // Each line is named after its list ("Capabilities …: Item 2"), so a screen reader says which list it is in.
    const label = area.id && document.querySelector(`label[for="${area.id}"]`);
    const listName = text(area, "itemLabel", label ? label.textContent.trim() : "");
    const editor = document.createElement("div");
    editor.className = "list-editor";
    const list = document.createElement("ol");
    list.className = "list-rows";
    editor.appendChild(list);

    function renumber() {
      list.querySelectorAll("input").forEach((input, index) => {
        const item = `${labels.item} ${index + 1}`;
        input.setAttribute("aria-label", listName ? `${listName}: ${item}` : item);
      });
    }

    function sync() {
      area.value = Array.from(list.querySelectorAll("input"))
        .map((input) => input.value.trim()).filter(Boolean).join("\n");
    }

    function addRow(value, focus) {
      const row = document.createElement("li");
      const input = document.createElement("input");
      input.type = "text";
      input.value = value;
      input.addEventListener("input", sync);
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {  // Enter adds the next line instead of submitting the form
          event.preventDefault();
          addRow("", true);
        }
      });
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button small secondary";
      remove.textContent = labels.remove;
      remove.addEventListener("click", () => {
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        if (!list.children.length) addRow("", false);
        renumber();
        sync();
        if (next) next.querySelector("input").focus();
      });
      row.append(input, remove);
      list.appendChild(row);
      renumber();
      if (focus) input.focus();
    }

    const items = area.value.split(/\n/).map((v) => v.trim()).filter(Boolean);
    (items.length ? items : [""]).forEach((value) => addRow(value, false));
    const add = document.createElement("button");
    add.type = "button";
    add.className = "button small";
    add.textContent = "+ " + labels.add;
    add.addEventListener("click", () => addRow("", true));
    editor.appendChild(add);

    area.hidden = true;
    area.insertAdjacentElement("afterend", editor);
    area.form.addEventListener("submit", sync);
    // The label points at the (hidden) textarea; send clicks on it to the first input instead.
    if (label) label.addEventListener("click", (event) => {
      event.preventDefault();
      list.querySelector("input").focus();
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("textarea[data-list-editor]").forEach(enhance);
  });
})();
