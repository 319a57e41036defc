// Renders a card into #card and measures it: what sticks out of the card, what is clipped, and which way it reads.
// Loaded by render.html; render-card.mjs calls window.renderCard and turns the report into JSON for the tests.
"use strict";

(function () {
  // Layout rounds to sub-pixels; anything within a pixel is not something a person would see.
  const tolerance = 1;
  const clippingOverflow = new Set(["hidden", "clip", "auto", "scroll"]);
  // Form fields scroll their own value by design: a long pre-filled answer is not a layout bug.
  const scrollsByDesign = new Set(["INPUT", "TEXTAREA", "SELECT", "OPTION"]);

  const round = (value) => Math.round(value * 10) / 10;

  function describe(element, frame) {
    const parts = [];
    for (let node = element; node && node !== frame && parts.length < 4; node = node.parentElement) {
      const classes = [...node.classList].filter((name) => name.startsWith("ac-")).slice(0, 2);
      parts.unshift(node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") + classes.map((name) => "." + name).join(""));
    }
    return parts.join(" > ");
  }

  function snippet(element) {
    const text = (element.innerText || element.value || element.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim();
    return text.length > 80 ? text.slice(0, 80) + "…" : text;
  }

  function isShown(element) {
    if (element.getClientRects().length === 0) {
      return false;
    }

    const style = getComputedStyle(element);
    return style.display !== "none" && style.visibility !== "hidden";
  }

  function insideReported(element, reported) {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (reported.has(node)) {
        return true;
      }
    }

    return false;
  }

  function findProblems(frame) {
    const problems = [];
    const reported = new Set();
    const bounds = frame.getBoundingClientRect();
    const add = (kind, element, overflowPx) => {
      reported.add(element);
      problems.push({ kind, element: describe(element, frame), text: snippet(element), overflowPx: round(overflowPx) });
    };

    for (const element of frame.querySelectorAll("*")) {
      if (!isShown(element) || insideReported(element, reported)) {
        continue;
      }

      const rect = element.getBoundingClientRect();
      const outside = Math.max(rect.right - bounds.right, bounds.left - rect.left);
      if (rect.width > 0 && outside > tolerance) {
        add("outside-card", element, outside);
        continue;
      }

      if (scrollsByDesign.has(element.tagName)) {
        continue;
      }

      const style = getComputedStyle(element);
      const hiddenX = element.scrollWidth - element.clientWidth;
      if (element.clientWidth > 0 && hiddenX > tolerance && clippingOverflow.has(style.overflowX)) {
        add(style.textOverflow === "ellipsis" ? "text-ellipsis" : "clipped-horizontally", element, hiddenX);
        continue;
      }

      const hiddenY = element.scrollHeight - element.clientHeight;
      if (element.clientHeight > 0 && hiddenY > tolerance && clippingOverflow.has(style.overflowY)) {
        add("clipped-vertically", element, hiddenY);
      }
    }

    const page = document.scrollingElement;
    if (page.scrollWidth - window.innerWidth > tolerance) {
      problems.push({ kind: "page-scrolls-sideways", element: "html", text: "", overflowPx: round(page.scrollWidth - window.innerWidth) });
    }

    return problems;
  }

  // Where a block's text starts, as a person sees it. "end" is logical: in a right-to-left block it is the left edge.
  function visualAlignment(style) {
    const rtl = style.direction === "rtl";
    switch (style.textAlign) {
      case "center":
        return "center";
      case "right":
        return "right";
      case "left":
        return "left";
      case "end":
        return rtl ? "left" : "right";
      default:
        return rtl ? "right" : "left";
    }
  }

  function readingDirection(root) {
    const blocks = [...root.querySelectorAll(".ac-textBlock, .ac-richTextBlock")].filter(isShown);
    const styles = blocks.map((block) => getComputedStyle(block));
    const aligned = (side) => styles.filter((style) => visualAlignment(style) === side).length;

    return {
      direction: getComputedStyle(root).direction,
      textBlocks: blocks.length,
      rtlTextBlocks: styles.filter((style) => style.direction === "rtl").length,
      textAlignedRight: aligned("right"),
      textAlignedLeft: aligned("left"),
      textCentered: aligned("center"),
    };
  }

  function countDeclaredActions(node) {
    if (Array.isArray(node)) {
      return node.reduce((sum, item) => sum + countDeclaredActions(item), 0);
    }

    if (!node || typeof node !== "object") {
      return 0;
    }

    let count = 0;
    for (const [key, value] of Object.entries(node)) {
      if (key === "actions" && Array.isArray(value)) {
        count += value.length;
      }

      // An action's fallback replaces it only where it is unsupported, so it is not a second button.
      if (key !== "fallback") {
        count += countDeclaredActions(value);
      }
    }

    return count;
  }

  function parseEvents(events) {
    return events.map((event) => ({
      phase: AdaptiveCards.ValidationPhase[event.phase],
      event: AdaptiveCards.ValidationEvent[event.event],
      message: event.message,
    }));
  }

  // adaptivecards 3.0.6 checks "lang" with a /g regex through exec(), which keeps lastIndex between calls: every
  // second card in a page is told its "en" or "fa" is invalid and loses it. A fresh non-global copy fixes that.
  function repairLangCheck() {
    const property = AdaptiveCards.CardElement.langProperty;
    if (property.regEx && property.regEx.global) {
      property.regEx = new RegExp(property.regEx.source, property.regEx.flags.replace("g", ""));
    }
  }

  async function renderCard(cardJson, profileName, width) {
    const frame = document.getElementById("card");
    frame.replaceChildren();
    frame.style.width = width + "px";

    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(window.teamsHostConfig(profileName));
    const context = new AdaptiveCards.SerializationContext();
    card.parse(cardJson, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
      events.push(context.getEventAt(i));
    }

    events.push(...card.validateProperties().validationEvents);
    const root = card.render();
    if (!root) {
      throw new Error("The renderer produced nothing for this card.");
    }

    frame.appendChild(root);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    return {
      height: round(root.getBoundingClientRect().height),
      width: round(root.getBoundingClientRect().width),
      ...readingDirection(root),
      textLength: root.innerText.replace(/\s+/g, "").length,
      declaredActions: countDeclaredActions(cardJson),
      renderedActions: root.querySelectorAll(".ac-pushButton").length,
      problems: findProblems(frame),
      cardEvents: parseEvents(events),
    };
  }

  repairLangCheck();
  window.renderCard = renderCard;
})();
