// The search box of a long drop-down (FieldTagHelper, mp-field with filter="true"). Without this script the box
// stays hidden and the grouped native list is the whole control.
"use strict";
(function () {
    // Letters folded so that a word matches however a phone keyboard typed it: case, the Uzbek apostrophes left
    // out (o‘ oʻ o' o` and plain o all match), Russian ё, and Uzbek Cyrillic letters typed on a Russian keyboard
    // (ў қ ғ ҳ as у к г х).
    var folds = { "ё": "е", "ў": "у", "қ": "к", "ғ": "г", "ҳ": "х" };
    function fold(text) {
        return text.toLocaleLowerCase()
            .replace(/['‘’ʻʼ`´]/g, "")
            .replace(/[ёўқғҳ]/g, function (c) { return folds[c]; })
            .replace(/\s+/g, " ").trim();
    }

    function setUp(box) {
        var select = document.getElementById(box.dataset.choiceFilter);
        var input = box.querySelector("input");
        var count = box.querySelector("[aria-live]");
        var groups = Array.prototype.map.call(select.querySelectorAll("optgroup"), function (group) {
            return {
                element: group,
                options: Array.prototype.map.call(group.querySelectorAll("option"), function (option) {
                    return { element: option, words: fold(option.text + " " + (option.dataset.keywords || "")) };
                })
            };
        });
        var total = groups.reduce(function (sum, group) { return sum + group.options.length; }, 0);

        function apply() {
            var words = fold(input.value).split(" ").filter(Boolean);
            var chosen = select.value;
            var matches = [];
            groups.forEach(function (group) {
                var shown = group.options.filter(function (option) {
                    return words.every(function (word) { return option.words.indexOf(word) >= 0; });
                });
                group.options.forEach(function (option) { option.element.remove(); });
                shown.forEach(function (option) { group.element.appendChild(option.element); });
                if (shown.length > 0) {
                    select.appendChild(group.element);
                } else {
                    group.element.remove();
                }
                matches = matches.concat(shown);
            });
            var kept = matches.some(function (option) { return option.element.value === chosen; });
            select.value = kept ? chosen : matches.length === 1 ? matches[0].element.value : "";
            count.textContent = words.length === 0 ? "" : matches.length === 0 ? box.dataset.none
                : box.dataset.count.replace("{0}", matches.length).replace("{1}", total);
        }

        input.addEventListener("input", apply);
        input.addEventListener("keydown", function (event) {
            // Enter ends the search (the list is next); it must not send a half-filled form.
            if (event.key === "Enter") {
                event.preventDefault();
                select.focus();
            }
        });
        box.hidden = false;
    }

    document.querySelectorAll("[data-choice-filter]").forEach(setUp);
})();
