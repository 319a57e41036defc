using StrategyBot.App.Localization;

namespace StrategyBot.App.TeamPlans;

/// <summary>Every sentence the team plan says, in English and Persian, in one reviewable place.</summary>
internal static class TeamTexts
{
    public static string Welcome(Language l) => l == Language.Persian
        ? "سلام! من StrategyBot هستم. اینجا می‌توانم با کل تیم یک برنامه بازاریابی SOSTAC مشترک بسازم. مرا منشن کنید و بنویسید «شروع برنامه تیمی». کسی که شروع می‌کند مالک است، مالک‌ها ویرایشگر اضافه می‌کنند و همه اعضا برنامه را می‌بینند. هر پاسخ با نام پاسخ‌دهنده ذخیره می‌شود."
        : "Hi, I'm StrategyBot. Here I build one shared SOSTAC marketing plan with the whole team. Mention me and say \"start a team plan\". Whoever starts it owns it, owners add editors from the members, and every member can see it. Each answer is saved with who gave it.";

    public static string WelcomeTitle(Language l) => l == Language.Persian ? "برنامه بازاریابی تیمی" : "A team marketing plan";

    public static string Help(Language l) => l == Language.Persian
        ? "در این گفتگو مرا منشن کنید و بنویسید: «شروع برنامه تیمی»، «پر کردن موقعیت» (یا اهداف، استراتژی، تاکتیک‌ها، اقدام، کنترل)، «نمایش برنامه تیمی»، «افزودن ویرایشگر @نام» (فقط مالک‌ها)، «توقف». برنامه شخصی‌تان در گفتگوی خصوصی با من است."
        : "Mention me here and say: \"start a team plan\", \"fill situation\" (or objectives, strategy, tactics, action, control), \"show team plan\", \"add editor @name\" (owners only), \"stop\". Your personal plan lives in your 1:1 chat with me.";

    public static string Started(Language l, string owner) => l == Language.Persian
        ? $"برنامه تیمی شروع شد. مالک: {owner}. برای پاسخ دادن در همین رشته مرا منشن کنید و بنویسید «پر کردن موقعیت»."
        : $"Team plan started. Owner: {owner}. To answer, mention me in this thread and say \"fill situation\" (or another step).";

    public static string AlreadyStarted(Language l, string owners) => l == Language.Persian
        ? $"این گفتگو از قبل یک برنامه تیمی دارد (مالک: {owners}). «نمایش برنامه تیمی» را بنویسید."
        : $"This conversation already has a team plan (owner: {owners}). Say \"show team plan\" to see it.";

    public static string NoPlan(Language l) => l == Language.Persian
        ? "هنوز برنامه تیمی‌ای در این گفتگو نیست. بنویسید «شروع برنامه تیمی»."
        : "There is no team plan here yet. Say \"start a team plan\" to begin one.";

    public static string NotAMember(Language l) => l == Language.Persian
        ? "فقط اعضای این گفتگو می‌توانند برنامه تیمی آن را ببینند یا تغییر دهند."
        : "Only members of this conversation can see or change its team plan.";

    public static string NotAnEditor(Language l, string owners) => l == Language.Persian
        ? $"برای پر کردن مراحل باید ویرایشگر باشید. از یک مالک ({owners}) بخواهید شما را اضافه کند."
        : $"You need to be an editor to fill steps. Ask an owner ({owners}) to say \"add editor\" with your name.";

    public static string OwnersOnly(Language l) => l == Language.Persian
        ? "فقط مالک‌های برنامه می‌توانند ویرایشگر اضافه کنند."
        : "Only the plan's owners can add editors.";

    public static string MentionSomeone(Language l) => l == Language.Persian
        ? "کسی را که می‌خواهید اضافه کنید منشن کنید، مثلاً «افزودن ویرایشگر @سارا»."
        : "Mention the person to add, for example \"add editor @Sara\".";

    public static string NotInRoster(Language l, string name) => l == Language.Persian
        ? $"{name} عضو این گفتگو نیست، پس نمی‌تواند ویرایشگر باشد."
        : $"{name} is not a member of this conversation, so they can't be an editor.";

    public static string EditorsAdded(Language l, string names) => l == Language.Persian
        ? $"ویرایشگر شد: {names}."
        : $"Now an editor: {names}.";

    public static string Question(Language l, string member, string step, int number, int count, string question) => l == Language.Persian
        ? $"{member}، {step} ({Digits(l, number)} از {Digits(l, count)}): {question}"
        : $"{member}, {step} ({number} of {count}): {question}";

    public static string StepDone(Language l, string member, string step) => l == Language.Persian
        ? $"ممنون {member}، مرحله {step} ثبت شد. کارت خلاصه به‌روز شد."
        : $"Thanks {member}, {step} is saved. The summary card is updated.";

    public static string Stopped(Language l) => l == Language.Persian
        ? "باشد، پاسخ‌هایی که دادید ذخیره مانده‌اند."
        : "OK, stopped. The answers you gave are kept.";

    public static string NotUnderstood(Language l) => l == Language.Persian
        ? "متوجه نشدم. «راهنما» را بنویسید تا ببینید اینجا چه کاری می‌کنم."
        : "I didn't catch that. Say \"help\" to see what I do here.";

    public static string TooLong(Language l, int max) => l == Language.Persian
        ? $"این پاسخ طولانی است. لطفاً آن را در کمتر از {Digits(l, max)} نویسه بنویسید."
        : $"That answer is too long. Please keep it under {max} characters.";

    public static string RosterUnavailable(Language l) => l == Language.Persian
        ? "نتوانستم فهرست اعضا را بررسی کنم. لطفاً کمی بعد دوباره بفرستید."
        : "I couldn't check this conversation's members just now. Please send that again in a moment.";

    public static string SummaryTitle(Language l, string? name) => l == Language.Persian
        ? $"برنامه تیمی{(name is null ? "" : " · " + name)}"
        : $"Team plan{(name is null ? "" : " · " + name)}";

    public static string Progress(Language l, int done, int all) => l == Language.Persian
        ? $"{Digits(l, done)} از {Digits(l, all)} مرحله پاسخ دارد"
        : $"{done} of {all} steps answered";

    public static string Roles(Language l, string owners, string editors) => l == Language.Persian
        ? $"مالک: {owners} · ویرایشگر: {(editors.Length == 0 ? "—" : editors)}"
        : $"Owners: {owners} · Editors: {(editors.Length == 0 ? "—" : editors)}";

    public static string NotAnswered(Language l) => l == Language.Persian ? "هنوز پاسخی نیست" : "Not answered yet";

    public static string AnsweredBy(Language l, string name, DateTimeOffset at) => l == Language.Persian
        ? $"— {name}، {LocalFormat.Date(l, DateOnly.FromDateTime(at.UtcDateTime))}"
        : $"— {name}, {LocalFormat.Date(l, DateOnly.FromDateTime(at.UtcDateTime))}";

    public static string FormerMember(Language l) => l == Language.Persian ? "یک عضو سابق" : "a former member";

    public static string MyPlansHeading(Language l) => l == Language.Persian ? "برنامه‌های شما:" : "Your plans:";

    public static string MyPersonalPlan(Language l) => l == Language.Persian
        ? "• برنامه شخصی شما (همین گفتگو؛ «نمایش برنامه من»)"
        : "• Your personal plan (this chat; say \"show my plan\")";

    public static string MyTeamPlan(Language l, string name, TeamRole role) => l == Language.Persian
        ? $"• برنامه تیمی در {name} ({(role == TeamRole.Owner ? "مالک" : "ویرایشگر")})"
        : $"• Team plan in {name} ({(role == TeamRole.Owner ? "owner" : "editor")})";

    public static string NoTeamPlans(Language l) => l == Language.Persian
        ? "هنوز در هیچ برنامه تیمی‌ای نقشی ندارید. مرا به یک کانال یا گفتگوی گروهی اضافه کنید و «شروع برنامه تیمی» را بنویسید."
        : "You have no role in a team plan yet. Add me to a channel or group chat and say \"start a team plan\" there.";

    public static string ThisConversation(Language l) => l == Language.Persian ? "این گفتگو" : "this conversation";

    private static string Digits(Language l, int n) => LocalFormat.Number(l, n);

    /// <summary>Names joined for a sentence.</summary>
    public static string Names(IEnumerable<TeamMember> members) =>
        string.Join(", ", members.Select(m => m.Name));

}
