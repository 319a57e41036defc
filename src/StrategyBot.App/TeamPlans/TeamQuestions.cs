using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// The team interview's questions: two per SOSTAC step, free text, so a member answers a step in two short replies
/// in the thread. The personal interview's coaching (SMART checks, KPI cards) stays in the 1:1 chat.
/// </summary>
internal static class TeamQuestions
{
    private static readonly Dictionary<SostacStep, (string En, string Fa)[]> s_questions = new()
    {
        [SostacStep.Situation] =
        [
            ("Where are we now: what do we sell, and how are our social channels doing?", "الان کجا هستیم: چه می‌فروشیم و کانال‌های اجتماعی ما چه وضعی دارند؟"),
            ("Who is our audience, and who are our main competitors?", "مخاطب ما کیست و رقبای اصلی ما چه کسانی هستند؟"),
        ],
        [SostacStep.Objectives] =
        [
            ("Where do we want to be: what is our main objective, with a number and a date?", "کجا می‌خواهیم برسیم: هدف اصلی ما با عدد و تاریخ چیست؟"),
            ("Which other objectives matter this quarter?", "چه هدف‌های دیگری در این فصل مهم‌اند؟"),
        ],
        [SostacStep.Strategy] =
        [
            ("How do we get there: which segments do we target, and how do we position ourselves?", "چطور به آنجا می‌رسیم: کدام بخش‌ها را هدف می‌گیریم و جایگاه ما چیست؟"),
            ("What is our main message?", "پیام اصلی ما چیست؟"),
        ],
        [SostacStep.Tactics] =
        [
            ("Which platforms and content do we use?", "از کدام پلتفرم‌ها و چه محتوایی استفاده می‌کنیم؟"),
            ("What is our budget, and how do we split it?", "بودجه ما چقدر است و چطور تقسیمش می‌کنیم؟"),
        ],
        [SostacStep.Action] =
        [
            ("Who does what, and by when?", "چه کسی چه کاری را تا چه زمانی انجام می‌دهد؟"),
            ("What do we need to start (tools, approvals, people)?", "برای شروع به چه چیزی نیاز داریم (ابزار، تأیید، نیرو)؟"),
        ],
        [SostacStep.Control] =
        [
            ("Which KPIs tell us we are on track, with their weekly targets?", "کدام شاخص‌ها با هدف هفتگی‌شان نشان می‌دهند در مسیر هستیم؟"),
            ("When do we review them as a team?", "کی آن‌ها را با تیم بررسی می‌کنیم؟"),
        ],
    };

    public static int CountIn(SostacStep step) => s_questions[step].Length;

    public static string Get(Language language, SostacStep step, int question)
    {
        var (en, fa) = s_questions[step][question];
        return language == Language.Persian ? fa : en;
    }

    /// <summary>The step's name as the card and the replies show it.</summary>
    public static string StepName(Language language, SostacStep step) => (language, step) switch
    {
        (Language.Persian, SostacStep.Situation) => "موقعیت",
        (Language.Persian, SostacStep.Objectives) => "اهداف",
        (Language.Persian, SostacStep.Strategy) => "استراتژی",
        (Language.Persian, SostacStep.Tactics) => "تاکتیک‌ها",
        (Language.Persian, SostacStep.Action) => "اقدام",
        (Language.Persian, SostacStep.Control) => "کنترل",
        _ => step.ToString(),
    };

    /// <summary>Reads a step named in English or Persian ("situation", "tactics", "اهداف"), or its number 1–6 in either digits.</summary>
    public static SostacStep? ParseStep(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        foreach (var step in Enum.GetValues<SostacStep>())
        {
            if (string.Equals(word, step.ToString(), StringComparison.OrdinalIgnoreCase) || word == StepName(Language.Persian, step)
                || word == ((int)step + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                || word == ((char)('۱' + (int)step)).ToString())
            {
                return step;
            }
        }

        return word switch
        {
            "objective" or "هدف" => SostacStep.Objectives,
            "tactic" or "تاکتیک" => SostacStep.Tactics,
            "actions" => SostacStep.Action,
            _ => null,
        };
    }
}
