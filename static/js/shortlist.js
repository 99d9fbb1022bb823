// Shortlist buttons without leaving the page: the forms work as plain POST + redirect; with JavaScript they are
// sent with fetch() and the server's re-rendered buttons replace the old ones, so scroll position and filters stay.
(function () {
  "use strict";

  function announce(message) {
    var region = document.getElementById("shortlist-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "shortlist-status";
      region.className = "toast";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    region.textContent = message;
    region.classList.add("visible");
    window.clearTimeout(region.hideTimer);
    region.hideTimer = window.setTimeout(function () { region.classList.remove("visible"); }, 4000);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-shortlist-form]") || !window.fetch) return;
    event.preventDefault();
    var control = form.closest("[data-shortlist-control]");
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch", "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (data) {
      if (control && data.html) {
        var holder = document.createElement("div");
        holder.innerHTML = data.html;
        var fresh = holder.firstElementChild;
        control.replaceWith(fresh);
        var focusable = fresh.querySelector("button");
        if (focusable) focusable.focus();
      }
      announce(data.message);
    }).catch(function () {
      // Fall back to the ordinary form post, which reports any problem on the page.
      buttons.forEach(function (b) { b.disabled = false; });
      form.submit();
    });
  });
})();
