// Host config close to Teams' light theme (Teams 'Segoe UI' sizes, spacing and colours), in two profiles.
// Segoe UI is not on Linux, so text falls back to DejaVu Sans, which is wider: a card that fits here has room to
// spare in Teams. Teams mobile stacks card buttons full width; desktop puts them in a row.
"use strict";

(function () {
  const foreground = (value, subtle) => ({ default: value, subtle });
  const foregroundColors = {
    default: foreground("#FF252424", "#BF252424"),
    dark: foreground("#FF252424", "#BF252424"),
    light: foreground("#FFFFFFFF", "#FFF3F2F1"),
    accent: foreground("#FF6264A7", "#FF8B8CC7"),
    good: foreground("#FF237B4B", "#E5237B4B"),
    warning: foreground("#FF835C00", "#E5835C00"),
    attention: foreground("#FFC4314B", "#E5C4314B"),
  };
  const text = (weight) => ({ size: "default", color: "default", isSubtle: false, weight, wrap: true });

  const profiles = {
    phone: { width: 360, actionsOrientation: "vertical", actionAlignment: "stretch" },
    desktop: { width: 540, actionsOrientation: "horizontal", actionAlignment: "left" },
  };

  function teamsHostConfig(profileName) {
    const profile = profiles[profileName];
    if (!profile) {
      throw new Error(`Unknown profile '${profileName}'; use one of ${Object.keys(profiles).join(", ")}.`);
    }

    return {
      choiceSetInputValueSeparator: ",",
      supportsInteractivity: true,
      fontTypes: {
        default: {
          fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, Roboto, 'Helvetica Neue', 'DejaVu Sans', sans-serif",
          fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
          fontWeights: { lighter: 200, default: 400, bolder: 600 },
        },
        monospace: {
          fontFamily: "Consolas, 'DejaVu Sans Mono', monospace",
          fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
          fontWeights: { lighter: 200, default: 400, bolder: 600 },
        },
      },
      spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
      separator: { lineThickness: 1, lineColor: "#EEEEEE" },
      imageSizes: { small: 32, medium: 52, large: 100 },
      containerStyles: {
        default: { backgroundColor: "#FFFFFFFF", foregroundColors },
        emphasis: { backgroundColor: "#FFF9F8F7", foregroundColors },
      },
      actions: {
        maxActions: 6,
        spacing: "default",
        buttonSpacing: 8,
        showCard: { actionMode: "inline", inlineTopMargin: 16, style: "emphasis" },
        preExpandSingleShowCardAction: false,
        actionsOrientation: profile.actionsOrientation,
        actionAlignment: profile.actionAlignment,
      },
      adaptiveCard: { allowCustomStyle: true },
      imageSet: { imageSize: "medium", maxImageHeight: 100 },
      factSet: { title: { ...text("bolder"), maxWidth: 150 }, value: text("default"), spacing: 16 },
      textBlock: { headingLevel: 2 },
    };
  }

  window.teamsProfiles = profiles;
  window.teamsHostConfig = teamsHostConfig;
})();
