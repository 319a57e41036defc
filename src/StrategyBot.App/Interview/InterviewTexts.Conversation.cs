namespace StrategyBot.App.Interview;

/// <summary>The interview as a whole: where we are, the commands, status and help.</summary>
internal static partial class InterviewTexts
{
    private static IEnumerable<KeyValuePair<InterviewText, (string, string)>> ConversationEntries() =>
    [
        E(InterviewText.Intro,
            "Let's build your social media marketing plan together, one question at a time, with the SOSTAC model: Situation, Objectives, Strategy, Tactics, Action and Control. I save every answer as soon as you give it, so you can stop whenever you like and pick up later. Type \"help\" at any time.",
            "بیایید برنامهٔ بازاریابی شبکه‌های اجتماعی‌تان را با هم بسازیم، هر بار فقط یک سؤال، با مدل SOSTAC: تحلیل موقعیت، اهداف، استراتژی، تاکتیک‌ها، اقدام و کنترل. هر پاسخ را همان لحظه ذخیره می‌کنم؛ پس هر وقت خواستید دست نگه دارید و بعداً ادامه دهید. هر جا لازم شد بنویسید «راهنما»."),
        E(InterviewText.StepStart, "Step {0} of 6: {1}. {2}", "مرحلهٔ {0} از ۶: {1}. {2}"),
        E(InterviewText.WelcomeBack, "Welcome back — we're at {0}, step {1} of 6.", "خوش برگشتید! الان در مرحلهٔ {1} از ۶ هستیم: {0}."),
        E(InterviewText.CarryOn, "Let's carry on — we're at {0}, step {1} of 6.", "ادامه می‌دهیم؛ در مرحلهٔ {1} از ۶ هستیم: {0}."),
        E(InterviewText.StepDone, "✓ {0} is done.", "✓ مرحلهٔ {0} تمام شد."),
        E(InterviewText.PlanComplete,
            "🎉 Your plan is complete: all six SOSTAC steps are done. Here it is.",
            "🎉 برنامهٔ شما کامل شد و هر شش مرحلهٔ SOSTAC انجام شده است. این هم برنامهٔ شما."),
        E(InterviewText.PlanAlreadyComplete,
            "Your plan is complete ✓ Say \"show my plan\" to see it, or \"edit\" and a step (for example \"edit tactics\") to change something.",
            "برنامهٔ شما کامل است ✓ برای دیدنش بنویسید «خلاصه» و برای تغییر یک مرحله «ویرایش» و نام آن مرحله را بنویسید (مثلاً «ویرایش تاکتیک‌ها»)."),
        E(InterviewText.PlanCompleteAgain,
            "Your plan is complete again: 6 of 6 steps ✓ Say \"show my plan\" to see it.",
            "برنامهٔ شما دوباره کامل است: ۶ مرحله از ۶ ✓ برای دیدنش بنویسید «خلاصه»."),
        E(InterviewText.PlanHasGaps,
            "We've been through every step, but {0} still needs some answers. Say \"{1}\" to finish it.",
            "همهٔ مرحله‌ها را گذراندیم، اما {0} هنوز چند پاسخ کم دارد. برای تکمیلش بنویسید «{1}»."),
        E(InterviewText.EditCommandExample, "edit {0}", "ویرایش {0}"),
        E(InterviewText.StepUnavailable,
            "The {0} step isn't available yet, so we'll skip it for now and come back to it later.",
            "مرحلهٔ {0} هنوز آماده نیست؛ فعلاً از آن می‌گذریم و بعداً سراغش می‌آییم."),
        E(InterviewText.QuickCaptureUnavailable,
            "Quick capture of goals is coming soon. For now let's carry on; we'll set your objectives in the Objectives step.",
            "ثبت سریع هدف به‌زودی اضافه می‌شود. فعلاً ادامه می‌دهیم و هدف‌هایتان را در مرحلهٔ اهداف ثبت می‌کنیم."),
        E(InterviewText.Paused,
            "OK, we'll stop here. Everything you've told me is saved. When you're ready, send \"continue\" and we'll pick up at this exact question.",
            "باشه، همین‌جا متوقف می‌شویم. همهٔ پاسخ‌هایتان ذخیره شده است. هر وقت آماده بودید بنویسید «ادامه» تا دقیقاً از همین سؤال ادامه دهیم."),
        E(InterviewText.NothingToCancel,
            "Nothing is in progress right now, and your plan is saved. Send \"continue\" when you want to go on.",
            "الان کاری در جریان نیست و برنامهٔ شما ذخیره شده است. هر وقت خواستید ادامه دهید، بنویسید «ادامه»."),
        E(InterviewText.RestartConfirm,
            "Start over from scratch? This deletes every answer in your plan.",
            "از اول شروع کنیم؟ با این کار همهٔ پاسخ‌های برنامه‌تان پاک می‌شود."),
        E(InterviewText.RestartYes, "Yes, start over", "بله، از اول شروع کن"),
        E(InterviewText.RestartNo, "No, keep my plan", "نه، برنامه‌ام بماند"),
        E(InterviewText.RestartDone, "Done: your plan is cleared. Let's start fresh.", "انجام شد؛ برنامه پاک شد. بیایید از نو شروع کنیم."),
        E(InterviewText.RestartCancelled, "No problem, your plan is untouched.", "مشکلی نیست؛ برنامهٔ شما دست‌نخورده ماند."),
        E(InterviewText.EditStart,
            "Let's edit {0}. With each question I'll show your current answer: send \"keep\" to keep it, or type a new one.",
            "بیایید {0} را ویرایش کنیم. کنار هر سؤال پاسخ فعلی‌تان را نشان می‌دهم؛ برای نگه داشتنش بنویسید «همین بماند» یا پاسخ تازه بدهید."),
        E(InterviewText.EditDone, "✓ {0} updated.", "✓ {0} به‌روز شد."),
        E(InterviewText.EditWhichStep,
            "Which step would you like to edit? Say \"edit\" and the step: situation, objectives, strategy, tactics, action or control.",
            "کدام مرحله را می‌خواهید ویرایش کنید؟ بنویسید «ویرایش» و نام مرحله: تحلیل موقعیت، اهداف، استراتژی، تاکتیک‌ها، اقدام یا کنترل."),
        E(InterviewText.CannotGoBackFirst,
            "This is the very first question, so there's nothing to go back to.",
            "این اولین سؤال است و سؤال قبلی‌ای وجود ندارد."),
        E(InterviewText.CannotGoBackStep,
            "This is the first question of {0}. To change an earlier step, say \"{1}\".",
            "این اولین سؤال مرحلهٔ {0} است. برای تغییر مرحلهٔ قبل بنویسید «{1}»."),
        E(InterviewText.CannotGoBackHere, "There's no earlier question to go back to here.", "اینجا سؤال قبلی‌ای برای برگشتن نیست."),
        E(InterviewText.CannotSkip, "This question can't be skipped. {0}", "از این سؤال نمی‌شود گذشت. {0}"),
        E(InterviewText.CannotSkipGeneric,
            "This question can't be skipped: your plan needs the answer.",
            "از این سؤال نمی‌شود گذشت؛ برنامه‌تان به پاسخ آن نیاز دارد."),
        E(InterviewText.NothingToKeep,
            "There's no earlier answer to keep for this question yet.",
            "هنوز پاسخی برای این سؤال ثبت نشده که نگهش داریم."),
        E(InterviewText.StaleCard,
            "That card belongs to an earlier question. Here's where we are now:",
            "آن کارت مربوط به سؤال قبلی است. الان اینجا هستیم:"),
        E(InterviewText.ShowMyPlanLabel, "Show my plan", "برنامهٔ من"),
        E(InterviewText.StatusLabel, "Status", "وضعیت"),
        E(InterviewText.HelpLabel, "Help", "راهنما"),
        E(InterviewText.StatusHeading, "Your plan: {0} of 6 steps done.", "برنامهٔ شما: {0} مرحله از ۶ مرحله انجام شده."),
        E(InterviewText.StatusDone, "✓ {0}. {1}", "✓ {0}. {1}"),
        E(InterviewText.StatusHere, "▶ {0}. {1} (we're here)", "▶ {0}. {1} (الان اینجا هستیم)"),
        E(InterviewText.StatusStarted, "◐ {0}. {1} (started)", "◐ {0}. {1} (شروع شده)"),
        E(InterviewText.StatusTodo, "○ {0}. {1}", "○ {0}. {1}"),
        E(InterviewText.HelpHeading, "**{0}** (step {1} of 6)", "**{0}** (مرحلهٔ {1} از ۶)"),
        E(InterviewText.HelpCommands,
            """
            You can type these at any time:
            - **back**: the previous question
            - **skip**: skip an optional question
            - **keep**: keep the answer you gave before
            - **status**: how far you are through the six steps
            - **summary** or **show my plan**: your plan so far
            - **edit** and a step, for example **edit strategy**: change that step
            - **language**: switch between English and Persian
            - **cancel**: stop for now (your answers stay saved)
            - **restart**: start the plan again from scratch
            - **goal:** and a goal, for example **goal: grow Instagram reach 20% by March**: capture an objective right away
            """,
            """
            این فرمان‌ها را هر زمان می‌توانید بنویسید:
            - **برگرد** یا **قبلی**: سؤال قبلی
            - **رد کن**: گذشتن از سؤال اختیاری
            - **همین بماند**: نگه داشتن پاسخ قبلی
            - **وضعیت**: پیشرفت شما در شش مرحله
            - **خلاصه** یا **برنامهٔ من**: برنامهٔ شما تا این لحظه
            - **ویرایش** و نام مرحله، مثلاً **ویرایش استراتژی**: تغییر آن مرحله
            - **زبان**: جابه‌جایی بین فارسی و انگلیسی
            - **لغو**: توقف فعلاً (پاسخ‌ها ذخیره می‌مانند)
            - **از اول**: شروع دوبارهٔ برنامه از صفر
            - **هدف:** و هدفتان، مثلاً **هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند**: ثبت فوری یک هدف
            """),
        E(InterviewText.StepHelpSituation,
            "Situation answers \"where are we now?\": your business and what it sells, the customer needs you meet, your audience as 1 to 3 personas, your competitors and what works for them, a SWOT, an optional quick PESTEL, and your current followers and weekly reach. Why it matters: every later decision builds on an honest picture of today, and today's numbers become the baselines your objectives are measured against.",
            "تحلیل موقعیت به این سؤال جواب می‌دهد که «الان کجا هستیم؟»: کسب‌وکار شما و آنچه می‌فروشد، نیازهایی از مشتری که برطرف می‌کنید، مخاطبانتان در قالب ۱ تا ۳ پرسونا، رقبا و اینکه چه چیزی برایشان جواب می‌دهد، تحلیل SWOT، یک PESTEL سریع و اختیاری، و تعداد دنبال‌کننده‌ها و دسترسی هفتگی فعلی‌تان. چرا مهم است: همهٔ تصمیم‌های بعدی روی تصویر واقعی امروز بنا می‌شوند و عددهای امروز مبنای سنجش اهداف شما می‌شوند."),
        E(InterviewText.StepHelpObjectives,
            "Objectives answer \"where do we want to be?\": 1 to 5 SMART objectives (Specific, Measurable, Attainable, Relevant, Time-bound), each serving a goal family such as brand awareness, sales, ROI, service quality or market leadership. Why it matters: clear, measurable objectives say what success looks like and let you check progress every week.",
            "اهداف به این سؤال جواب می‌دهند که «می‌خواهیم به کجا برسیم؟»: ۱ تا ۵ هدف SMART (مشخص، قابل اندازه‌گیری، دست‌یافتنی، مرتبط و زمان‌دار)، هر کدام در خدمت یک دسته مثل آگاهی از برند، فروش، بازگشت سرمایه، کیفیت خدمات یا رهبری بازار. چرا مهم است: هدف روشن و قابل اندازه‌گیری نشان می‌دهد موفقیت یعنی چه و اجازه می‌دهد هر هفته پیشرفت را بسنجید."),
        E(InterviewText.StepHelpStrategy,
            "Strategy answers \"how do we get there?\": the platforms where your personas are, the split between content (organic) and paid social, and what makes your brand different. Why it matters: strategy keeps your tactics focused; without it, posting turns into random activity.",
            "استراتژی به این سؤال جواب می‌دهد که «چطور به آنجا برسیم؟»: پلتفرم‌هایی که پرسوناهای شما در آن‌ها هستند، تقسیم تلاش بین محتوای ارگانیک و تبلیغات پولی، و اینکه چه چیزی برند شما را متمایز می‌کند. چرا مهم است: استراتژی تاکتیک‌ها را متمرکز نگه می‌دارد؛ بدون آن، انتشار محتوا به کاری پراکنده تبدیل می‌شود."),
        E(InterviewText.StepHelpTactics,
            "Tactics are the details of the strategy: content pillars, formats and posting frequency per platform, branded and community hashtags, calls to action, influencer collaboration, who answers comments and messages and how fast, helper tools, and the ad budget split. Why it matters: tactics turn the strategy into work you can schedule and pay for, and staying in constant contact with your audience is one of the method's success factors.",
            "تاکتیک‌ها جزئیات اجرای استراتژی‌اند: ستون‌های محتوایی، قالب‌ها و تعداد پست در هر پلتفرم، هشتگ‌های برند و عمومی، دعوت به اقدام (CTA)، همکاری با اینفلوئنسرها، اینکه چه کسی و با چه سرعتی به کامنت‌ها و پیام‌ها جواب می‌دهد، ابزارهای کمکی و تقسیم بودجهٔ تبلیغات. چرا مهم است: تاکتیک‌ها استراتژی را به کارهایی تبدیل می‌کنند که می‌شود زمان‌بندی و بودجه‌ریزی کرد؛ ارتباط مداوم با مخاطب هم از عوامل کلیدی موفقیت در این روش است."),
        E(InterviewText.StepHelpAction,
            "Action answers \"who does what, and by when?\": concrete actions, each with an owner and a due date; together they are your content calendar and campaign schedule. Why it matters: a plan without owners and dates doesn't get done.",
            "اقدام به این سؤال جواب می‌دهد که «چه کسی، چه کاری را، تا کی انجام می‌دهد؟»: کارهای مشخص، هر کدام با یک مسئول و یک مهلت؛ یعنی تقویم محتوا و زمان‌بندی کمپین‌ها. چرا مهم است: برنامه‌ای که مسئول و تاریخ ندارد، اجرا نمی‌شود."),
        E(InterviewText.StepHelpControl,
            "Control answers \"how do we know we're getting there?\": KPIs for each objective with a target and a deadline, a weekly check-in, and what to A/B test. Why it matters: measuring every week lets you fix what isn't working before the budget is gone.",
            "کنترل به این سؤال جواب می‌دهد که «از کجا بفهمیم در مسیر درستیم؟»: شاخص‌های کلیدی عملکرد (KPI) برای هر هدف با مقدار هدف و مهلت، یک گزارش هفتگی و اینکه چه چیزی را آزمون A/B کنیم. چرا مهم است: سنجش هفتگی کمک می‌کند پیش از تمام شدن بودجه، هر چیزی را که جواب نمی‌دهد اصلاح کنید."),
        E(InterviewText.StepIntroSituation, "First, a picture of where your business stands today.", "اول تصویری از جایگاه امروز کسب‌وکارتان می‌سازیم."),
        E(InterviewText.StepIntroStrategy, "Now we choose where to play and how to stand out.", "حالا تصمیم می‌گیریم کجا حضور داشته باشیم و چطور متمایز شویم."),
        E(InterviewText.StepIntroTactics,
            "Now the details: what to post, how often, and where the budget goes.",
            "حالا جزئیات: چه چیزی منتشر کنیم، هر چند وقت یک‌بار و بودجه کجا خرج شود."),
        E(InterviewText.StepIntroAction,
            "Now we turn the plan into tasks with owners and due dates.",
            "حالا برنامه را به کارهایی با مسئول و مهلت مشخص تبدیل می‌کنیم."),
        E(InterviewText.StepNumber, "Step {0} of 6.", "مرحلهٔ {0} از ۶."),
    ];
}
