/// The interface in Simplified Chinese: each English text of help, messages and the reviewer with its translation
/// (a command's discussion keyed by the command's own text, so the two cannot drift apart),
/// and message templates whose `{}` stand for what varies (a path, a count, a name), `{1}` `{2}` … in the
/// translation. A text without a translation shows in English; the tests check that help has one for every line.
enum ChineseInterface {
  static let phrases: [String: String] = [
    // Help: sections and the root command.
    "OVERVIEW:": "概述：", "USAGE:": "用法：", "ARGUMENTS:": "参数：", "OPTIONS:": "选项：", "COMMANDS:": "命令：",
    "ENVIRONMENT:": "环境变量：",
    "Learn English–Chinese vocabulary from real conversations, with spaced repetition.":
      "从真实对话中学习英汉词汇，用间隔重复来记忆。",
    "duet <command> [options]": "duet <命令> [选项]",
    "The collection file (also $DUET_DB).": "卡片库文件（也可用 $DUET_DB 指定）。",
    "Show the version.": "显示版本。",
    "Show help; 'duet <command> --help' for one command.": "显示帮助；'duet <命令> --help' 显示单个命令的帮助。",
    "The collection file, when --db is not given.": "未给出 --db 时使用的卡片库文件。",
    "A fixed 'now' (ISO 8601 local time, e.g. 2026-01-05T09:00:00) for tests and demos.":
      "固定的“现在”（ISO 8601 本地时间，如 2026-01-05T09:00:00），供测试和演示使用。",
    "Set to turn colour off.": "设置后关闭颜色。",
    "en or zh: the language of help, messages and the reviewer (default: from LC_ALL, LC_MESSAGES, LANG).":
      "en 或 zh：帮助、消息和复习界面的语言（默认取自 LC_ALL、LC_MESSAGES、LANG）。",

    // Commands' abstracts.
    "Review the cards due today.": "复习今天到期的卡片。",
    "Import bilingual transcripts, or Anki text files, as cards.": "把双语文字稿或 Anki 文本文件导入为卡片。",
    "Show the sentence alignment of a transcript without storing anything.": "显示文字稿的句子对齐结果，不保存任何内容。",
    "List the term pairs a transcript's translation annotates.": "列出文字稿译文中标注的术语对。",
    "Export notes as a file that Anki imports: text, or a package with progress.":
      "把笔记导出为 Anki 可导入的文件：文本文件，或带学习进度的卡组包。",
    "List the decks with their notes and cards.": "列出各卡组及其笔记和卡片数。",
    "List cards with their note and schedule.": "列出卡片及其笔记和复习安排。",
    "Show what is due and how reviewing went.": "显示到期情况和复习统计。",
    "Print the pinyin of Chinese text, word by word.": "按词输出中文文本的拼音。",
    "Speak text aloud, or write it as a WAV file (needs espeak-ng).": "朗读文本，或写成 WAV 文件（需要 espeak-ng）。",
    "List, read or change the settings kept in the collection.": "列出、读取或修改保存在卡片库中的设置。",
    "new-per-day, reviews-per-day or day-starts-at.": "new-per-day、reviews-per-day 或 day-starts-at。",
    "The value to set.": "要设置的值。",
    "Practise the cards due within this many days, ahead of schedule; answers change no schedule.":
      "提前练习未来这么多天内到期的卡片；作答不改变复习安排。",
    "Remove the setting (the collection's, or the deck's with --deck).": "删除该设置（卡片库的，或配合 --deck 删除卡组的）。",
    ConfigCommand.info.discussion: """
    不给键时，列出每个设置的值及其来源（默认、卡片库、卡组）。给出键时显示它的值；给出键和值时设置它。
    --deck 名称 读取或设置某个卡组自己的值（new-per-day 和 reviews-per-day；没有自己值的卡组沿用卡片库的）。
    review 的 --new 和 --limit 仍可临时覆盖一次。
    """,

    // Commands' discussions.
    "Take cards out of every queue, keeping their schedules.": "把卡片移出所有复习队列，保留其复习安排。",
    "Put suspended cards back, due where their schedules say.": "恢复已暂停的卡片，按原有安排到期。",
    "Keep cards out of today's reviews; they come back tomorrow.": "让卡片今天不再出现；明天回来。",
    "Bring buried cards back into today's reviews.": "让今天搁置的卡片回到今天的复习中。",
    "Make cards new again; their review history stays.": "把卡片重置为新卡片；复习记录保留。",
    "Delete the notes of cards, with both their cards and their review history.": "删除卡片所属的笔记，连同其两张卡片和复习记录。",
    "Correct the English or Chinese of a card's note.": "修改卡片所属笔记的英文或中文。",
    "Cards by id, as 'duet cards' lists them.": "卡片编号，即 'duet cards' 列出的编号。",
    "Only these cards.": "只列这些卡片。",
    "Only notes whose English (case aside) or Chinese holds this text.": "只选英文（不分大小写）或中文含有此文本的笔记。",
    "Only notes with this tag.": "只选带此标签的笔记。",
    "Only cards that stand so today (buried: kept out of today).": "只选今天处于此状态的卡片（buried：今天已搁置）。",
    "Only the cards of this note (ids as 'duet cards' lists).": "只选此笔记的卡片（编号见 'duet cards'）。",
    "The card whose note to edit (or --note).": "要修改其笔记的卡片（或用 --note）。",
    "The note's new English.": "笔记的新英文。",
    "The note's new Chinese.": "笔记的新中文。",
    CardChangeCommand<SuspendChange>.info.discussion: """
    用编号选择卡片，或用 --note、--deck、--search、--tag、--kind、--direction 或 --state；同时给出时，卡片须全部符合。
    """,
    DecksCommand.info.discussion: """
    “new today”和“due today”是现在运行 'duet review --deck 卡组名' 会显示的数量（按该卡组的 new-per-day 设置）；“new”是卡组中全部新卡片的数量。
    """,
    StatsCommand.info.discussion: """
    今天的新卡片和复习（即现在开始复习会显示的），未来 30 天的预测，最近 30 天的记忆保持率（Anki 的真实保持率：每张卡片当天的第一次复习，3 分及以上为通过；间隔不足 21 天为新近卡片，21 天及以上为成熟卡片），连续天数，最近 7 天，以及一年的复习记录。
    """,
    EditCommand.info.discussion: """
    不给 --en 或 --zh 时，用 $VISUAL 或 $EDITOR（否则 vi）打开笔记。卡片保留复习安排和记录；修改过的笔记在再次导入其文件时保留修改。
    """,
    ReviewCommand.info.discussion: """
    按键：空格或回车显示答案，在答案面再按则打 4 分（相当于 Anki 的“良好”）；0-5 打分（0 完全想不起 … 5 完美）；
    u 撤销上一次打分、暂停或搁置；s 暂停这张卡片，! 暂停整条笔记的两张卡片（都需确认）；b 搁置到明天；e 用 $EDITOR
    编辑笔记；r 再读一遍正面（配合 --speak）；q、Esc 或 Ctrl-C 结束本次复习；Ctrl-Z 挂起，fg 恢复。每次打分都在下一张卡片出现之前保存。
    得分低于 4 的卡片会在本次复习中再次出现，直到你记住为止。使用 --ahead 天数 时，改为练习未来若干天内到期的卡片（突击复习）：作答不保存，复习安排不变。

    使用 --format jsonl 时，每张卡片在标准输出上是一行 JSON，由标准输入的一行作答：0-5 的分数、u、s（暂停）、!（暂停整条笔记）、b（搁置）或 q。
    最后一行 {"done": true, ...} 汇总本次复习。

    卡片库为空时，先导入 Decks/ 中自带的卡组。
    """,
    ImportCommand.info.discussion: """
    每个对齐的句对成为一条笔记，带两张卡片（英→中、中→英）。再次导入同一文件会就地更新改动过的笔记，
    并保留其复习记录。所有文件在同一个事务中导入。Anki 文本文件（duet export 或 Anki 的“纯文本笔记”）
    带来笔记、卡组和标签；用汉字书写的字段即为中文字段。它们不带复习安排。字幕可以是一个双语文件（每条字幕
    含两种语言的 SRT、WebVTT 或 ASS），也可以是两条字幕轨 --en 和 --zh；每条笔记带有其段落起始字幕的时间。
    """,
    AlignCommand.info.discussion: """
    接受一份文字稿或一个双语字幕文件（SRT、WebVTT 或 ASS），或 --en 和 --zh：同一视频的两条字幕轨，或两份
    不分发言的文本，整体对齐。字幕条目连成句子，并在两条字幕轨都静默处切分段落（先按最吻合的时间差平移中文轨）；
    每段的时间是其第一条字幕的时间。jsonl 每行一个单元：{"turn", "time", "speaker", "en", "zh", "score"}
    （两份文本时为 {"en", "zh", "score"}）；每个句子恰好出现在一个单元中，没有对应句的句子另一侧为空。
    得分低于 0.5 表示对齐器对该单元存疑。
    """,
    TermsCommand.info.discussion: """
    查找 中文（English）、中文 (English) 和 English（中文） 形式的标注，每个不同的术语对只列一次，并附上所在的
    句对。自带的术语表（Decks/*.tsv）帮助判断中文术语从哪里开始。
    """,
    ExportCommand.info.discussion: """
    tsv：每条笔记一行（guid、英文、中文、卡组、标签），对应 Anki 的笔记类型“Basic (and reversed card)”，
    加 --with-pinyin 时在中文后加一列拼音；复习安排留在 duet 中。apkg：Anki 卡组包，使用 duet 自己的笔记类型
    （英文、中文、拼音、语境、出处；每个方向一张卡片），带每张卡片的复习安排（新卡按 duet 的顺序、到期日、
    间隔、难度系数、作答次数、遗忘次数、暂停）以及复习记录中的每次作答。在 Anki 中：文件 → 导入，选择文件，
    导入（导入卡组包时保持“导入学习进度”勾选）。导入更新的导出文件会更新笔记，而不是添加副本。未指定时，
    格式取决于 -o 的扩展名（.apkg）。
    """,
    PinyinCommand.info.discussion: """
    按词注音，多音字取它所在词的读音：银行 yínháng、行走 xíngzǒu、认为 rènwéi。同一个词的音节连写，
    词与词之间用空格分开；其他文本保持不变。
    """,
    SayCommand.info.discussion: """
    中文按词级拼音朗读，所以 银行 读 yínháng，行走 读 xíngzǒu。语言由文本决定（含汉字即为中文），除非用 --lang
    指定。espeak-ng 是可选的：没有安装时，duet 会说明如何安装。
    """,

    // Arguments and options.
    "A bilingual transcript (English turns, each followed by its Chinese), or an Anki text file (.tsv).":
      "双语文字稿（每段英文发言后跟其中文），或 Anki 文本文件（.tsv）。",
    "A bilingual transcript.": "双语文字稿。", "Chinese text (default: each line of stdin).": "中文文本（默认：标准输入的每一行）。",
    "What to say.": "要朗读的内容。",
    "The collection file (default: $DUET_DB, then ~/.local/share/duet/collection.sqlite3).":
      "卡片库文件（默认：$DUET_DB，其次 ~/.local/share/duet/collection.sqlite3）。",
    "Show help for this command.": "显示此命令的帮助。", "Only this deck and its subdecks.": "只看此卡组及其子卡组。",
    "Only sentence or term cards.": "只看句子卡或术语卡。", "Only en-zh or zh-en cards.": "只看英→中或中→英卡片。",
    "New cards a day, counted across sessions (default: the new-per-day setting, else 20).":
      "每天的新卡数，跨多次复习累计（默认：new-per-day 设置，否则 20）。",
    "Due reviews in this session (default: the reviews-per-day setting, else 200).":
      "本次复习的到期卡片数（默认：reviews-per-day 设置，否则 200）。",
    "text (default: the terminal reviewer) or jsonl (for scripts).": "text（默认：终端复习界面）或 jsonl（供脚本使用）。",
    "Read each front aloud with espeak-ng (r replays it).": "用 espeak-ng 朗读每张卡片的正面（r 重播）。",
    "Put the notes in this deck (default: named after each file).": "把笔记放进此卡组（默认：以各文件名命名）。",
    "An English subtitle track, or a text without turns (one paragraph a line, or running text).":
      "英文字幕轨，或不分发言的英文文本（每行一段，或连续文本）。",
    "Its Chinese translation (a subtitle track, or a text), aligned with --en.": "其中文译文（字幕轨或文本），与 --en 对齐。",
    "An English subtitle track (with --zh).": "英文字幕轨（与 --zh 一起）。",
    "The Chinese subtitle track of the same video (with --en).": "同一视频的中文字幕轨（与 --en 一起）。",
    "text (default; doubtful units marked '?') or jsonl.": "text（默认；存疑单元标 '?'）或 jsonl。",
    "text (default), tsv (en, zh, context) or jsonl.": "text（默认）、tsv（英文、中文、语境）或 jsonl。",
    "tsv (default) or apkg (the default when the output path ends in .apkg).":
      "tsv（默认）或 apkg（输出路径以 .apkg 结尾时默认）。",
    "Write to this file instead of stdout ('-' is stdout).": "写入此文件而不是标准输出（'-' 即标准输出）。",
    "tsv: add a Pinyin column after the Chinese (a package always fills its Pinyin field).":
      "tsv：在中文后加一列拼音（卡组包总会填写拼音字段）。",
    "text (default) or jsonl.": "text（默认）或 jsonl。",
    "Tones as digits after each syllable (yin2hang2; 5 is neutral).": "声调写成音节后的数字（yin2hang2；5 为轻声）。",
    "zh or en (default: zh when the text holds Chinese).": "zh 或 en（默认：文本含中文时为 zh）。",
    "Write a WAV file instead.": "改为写入 WAV 文件。",

    // The reviewer.
    "Show the answer first (space), then grade it.": "请先显示答案（空格），再打分。",
    "Grades go from 0 to 5.": "分数从 0 到 5。", "Nothing to undo.": "没有可撤销的打分。",
    "Not undone: another session has graded that card since, and its grade stands.":
      "未撤销：另一次复习之后已给这张卡片打过分，以那次为准。",
    "Undone.": "已撤销。", "Suspended (u undoes it).": "已暂停（u 可撤销）。",
    "Note suspended (u undoes it).": "整条笔记已暂停（u 可撤销）。", "Not suspended.": "未暂停。",
    "Suspend this card? s or y to confirm, any other key to keep it.": "暂停这张卡片？按 s 或 y 确认，按其他键保留。",
    "Suspend both cards of this note? s or y to confirm, any other key to keep them.":
      "暂停这条笔记的两张卡片？按 s 或 y 确认，按其他键保留。",
    "Buried until tomorrow (u undoes it).": "已搁置到明天（u 可撤销）。", "Note saved.": "笔记已保存。",
    "Note unchanged.": "笔记未改动。", "ahead": "提前", "b bury": "b 搁置", "e edit": "e 编辑",
    "'duet cards --state suspended' lists suspended cards; 'duet unsuspend ID' brings one back.":
      "'duet cards --state suspended' 列出已暂停的卡片；'duet unsuspend 编号' 恢复一张。", "again": "再来", "done": "完成",
    "space show answer": "空格 显示答案", "0-5 grade": "0-5 打分", "u undo": "u 撤销", "s suspend": "s 暂停",
    "r replay": "r 重播", "q quit": "q 退出", "r replay, ": "r 重播，",
    "Saving… another program is writing to the collection; waiting for it.": "正在保存……另一个程序正在写入卡片库，等待中。",
    "Not saved: another program kept the collection locked. Grade again to retry, or q to stop.":
      "未保存：另一个程序一直锁着卡片库。再打一次分重试，或按 q 停止。",
    "blackout": "完全想不起", "wrong, familiar": "错了，但眼熟", "wrong, easy to recall": "错了，一看就想起",
    "right, hard": "对了，很吃力", "right, hesitant": "对了，有些犹豫", "perfect": "完美",
    "Nothing to review today.": "今天没有要复习的卡片。", "Next due: today": "下次到期：今天",

    // Stats and decks: labels, column heads, units, weekdays and months.
    "today": "今天", "cards": "卡片", "forecast": "预测", "retention": "保持率", "streak": "连续",
    "last 7 days": "最近 7 天", "  next 30 days, today first": "  未来 30 天，今天在前", "- (0 reviews)": "-（0 次复习）",
    "      · none  ░ ▒ ▓ █ fewest to most": "      · 无  ░ ▒ ▓ █ 从少到多", "s": "秒", "min": "分", "h": "小时",
    "Mon": "周一", "Tue": "周二", "Wed": "周三", "Thu": "周四", "Fri": "周五", "Sat": "周六", "Sun": "周日",
    "Jan": "1月", "Feb": "2月", "Mar": "3月", "Apr": "4月", "May": "5月", "Jun": "6月", "Jul": "7月", "Aug": "8月",
    "Sep": "9月", "Oct": "10月", "Nov": "11月", "Dec": "12月",
    "deck": "卡组", "notes": "笔记", "new": "新卡片", "suspended": "暂停", "new today": "今日新卡片", "due today": "今日到期",

    // Warnings about transcripts.
    "turn has English but no Chinese": "这段发言有英文但没有中文", "turn has Chinese but no English": "这段发言有中文但没有英文",
    "heading with no text": "标题下没有文本",
  ]

  /// Messages with parts that vary, tried in order (the more specific first).
  static let templates: [(String, String)] = [
    (
      "Keys: space shows the answer, 0-5 grade, u undo, s suspend, ! suspend note, b bury, e edit, {}q quit.",
      "按键：空格显示答案，0-5 打分，u 撤销，s 暂停，! 暂停整条笔记，b 搁置，e 编辑，{1}q 退出。"
    ),
    ("done {} · left {} · coming back {}", "已答 {1} · 剩余 {2} · 待重复 {3}"),
    (
      "Reviewed {} card{} ({} answer{}) · {}% correct · {}m {}s{}", "复习了 {1} 张卡片（{3} 次作答）· 正确率 {5}% · 用时 {6} 分 {7} 秒{8}"
    ),
    (" · {} suspended · {} buried", " · 暂停 {1} 张 · 搁置 {2} 张"), (" · {} suspended", " · 暂停 {1} 张"),
    (" · {} buried", " · 搁置 {1} 张"),
    ("Practised {} card{} ahead of schedule; no schedule changed.", "提前练习了 {1} 张卡片；复习安排未变。"),
    ("Suspended {} of {} card{} ({} already suspended).", "暂停了 {2} 张中的 {1} 张（{4} 张已是暂停状态）。"),
    ("Suspended {} card{}.", "暂停了 {1} 张卡片。"),
    ("Unsuspended {} of {} card{} ({} not suspended).", "恢复了 {2} 张中的 {1} 张（{4} 张本未暂停）。"),
    ("Unsuspended {} card{}.", "恢复了 {1} 张卡片。"),
    ("Buried {} of {} card{} ({} already buried).", "搁置了 {2} 张中的 {1} 张（{4} 张已搁置）。"),
    ("Buried {} card{}.", "搁置了 {1} 张卡片。"),
    ("Unburied {} of {} card{} ({} not buried).", "取消搁置了 {2} 张中的 {1} 张（{4} 张本未搁置）。"),
    ("Unburied {} card{}.", "取消搁置了 {1} 张卡片。"),
    ("Reset {} of {} card{} ({} already new).", "重置了 {2} 张中的 {1} 张（{4} 张本就是新卡片）。"),
    ("Reset {} card{}.", "重置了 {1} 张卡片。"),
    (
      "Deleted {} note{} ({} cards, {} review{}); importing their file again adds them anew.",
      "删除了 {1} 条笔记（{3} 张卡片，{4} 条复习记录）；再次导入其文件会重新添加它们。"
    ),
    ("Note {} saved.", "笔记 {1} 已保存。"), ("Note {} unchanged.", "笔记 {1} 未改动。"),
    (
      "suspended {} sponsor or outro sentence{} (tagged {}); 'duet cards --tag {}' lists them, 'duet unsuspend --tag {}' brings them back",
      "暂停了 {1} 个赞助广告或片尾句子（标签 {3}）；'duet cards --tag {4}' 列出它们，'duet unsuspend --tag {5}' 恢复它们"
    ),
    ("{} left for later today.", "今天稍后还有 {1} 张。"),
    (
      "{} new and {} review{} to do; done {} review{}, {}% correct, {}",
      "待学新卡片 {1} 张、待复习 {2} 张；已复习 {4} 次，正确率 {6}%，用时 {7}"
    ),
    ("{}: {} new, {} in review ({} mature), {} suspended", "共 {1} 张：新卡片 {2}，复习中 {3}（成熟 {4}），暂停 {5}"),
    ("due: today {}, tomorrow {}, next 7 days {}, next 30 days {}", "到期：今天 {1}，明天 {2}，7 天内 {3}，30 天内 {4}"),
    ("last {} days: young {}, mature {}, all {}", "最近 {1} 天：新近 {2}，成熟 {3}，全部 {4}"),
    ("{} day{} in a row", "{1} 天"), ("reviews, {} weeks to today:", "复习记录（截至今天的 {1} 周）："),
    ("Next due: {} (tomorrow)", "下次到期：{1}（明天）"), ("Next due: {} (in {} days)", "下次到期：{1}（{2} 天后）"),
    ("duet: warning: {}:{}: {}", "duet：警告：{1}:{2}：{3}"), ("duet: {}", "duet：{1}"),
    ("the collection is empty; importing the bundled decks from {}", "卡片库为空；从 {1} 导入自带的卡组"),
    (
      "the collection is empty; add cards with 'duet import FILE' (a bilingual transcript or an Anki text file), or reinstall duet with its bundled decks",
      "卡片库为空；用 'duet import 文件' 添加卡片（双语文字稿或 Anki 文本文件），或重新安装带自带卡组的 duet"
    ),
    ("waiting: another program is writing to the collection", "等待中：另一个程序正在写入卡片库"),
    ("imported {} notes ({} cards) from {} files", "从 {3} 个文件导入了 {1} 条笔记（{2} 张卡片）"),
    (
      "imported {} file{}: {}; notes: {} new, {} updated, {} unchanged, {} already present{}",
      "导入了 {1} 个文件：{3}；笔记：新增 {4}，更新 {5}，未变 {6}，已存在 {7}{8}"
    ),
    ("{} turns, {} pairs ({} doubtful), {} terms, {} rows", "{1} 段发言，{2} 个句对（{3} 个存疑），{4} 个术语，{5} 行"),
    ("{} turns, {} pairs ({} doubtful), {} terms", "{1} 段发言，{2} 个句对（{3} 个存疑），{4} 个术语"),
    ("{} rows", "{1} 行"),
    ("; {} terms given a sentence as context{}", "；{1} 个术语获得了例句语境{2}"),
    ("; {} term translations changed to the one more files give", "；{1} 个术语的译文改为更多文件采用的那一个"),
    ("exported {} notes, {} cards and {} reviews to {}", "已把 {1} 条笔记、{2} 张卡片和 {3} 条复习记录导出到 {4}"),
    ("exported {} notes to {}", "已把 {1} 条笔记导出到 {2}"),
    ("{} is {} for deck {}", "卡组 {3} 的 {1} 为 {2}"), ("{} is {}", "{1} 为 {2}"),
    ("{} unset for deck {}: {}", "已删除卡组 {2} 的 {1}：现为 {3}"), ("{} unset: {}", "已删除 {1}：现为 {2}"),
    ("no setting named '{}' (did you mean '{}'?); settings: {}", "没有名为 '{1}' 的设置（是不是 '{2}'？）；可用设置：{3}"),
    ("no setting named '{}'; settings: {}", "没有名为 '{1}' 的设置；可用设置：{2}"),
    ("{} takes a whole number from {} to {}; got '{}'", "{1} 取 {2} 到 {3} 的整数；收到的是 '{4}'"),
    ("{} is one for the whole collection, not per deck", "{1} 对整个卡片库统一设置，不能按卡组设置"),
    ("--unset takes a key and no value", "--unset 需要一个键，不接受值"),
    ("{}: no such file", "{1}：文件不存在"), ("{}: is a folder, not a file", "{1}：是文件夹，不是文件"),
    ("{}: cannot be read (check its permissions)", "{1}：无法读取（请检查权限）"), ("{}: cannot be read ({})", "{1}：无法读取（{2}）"),
    ("{}: the file is empty", "{1}：文件是空的"), ("{}: no notes found", "{1}：没有找到笔记"),
    (
      "{}: no bilingual turn found (expected English text followed by its Chinese)",
      "{1}：没有找到双语发言（应为英文文本后跟其中文）"
    ),
    ("{}:{}: binary data (NUL byte); expected a UTF-8 text file", "{1}:{2}：二进制数据（NUL 字节）；应为 UTF-8 文本文件"),
    ("{}: is a folder; a collection is a file (--db names the file)", "{1}：是文件夹；卡片库是一个文件（--db 指定该文件）"),
    ("{}: not a regular file (a FIFO or a device); a collection is a file", "{1}：不是普通文件（FIFO 或设备）；卡片库是一个文件"),
    ("{}: cannot write ({})", "{1}：无法写入（{2}）"),
    ("unknown command '{}' (did you mean '{}'?); see 'duet --help'", "未知命令 '{1}'（是不是 '{2}'？）；见 'duet --help'"),
    ("unknown command '{}'; see 'duet --help'", "未知命令 '{1}'；见 'duet --help'"),
    ("unknown option '{}' (did you mean '{}'?)", "未知选项 '{1}'（是不是 '{2}'？）"),
    ("unknown option '{}'", "未知选项 '{1}'"),
    ("option '{}' needs a value {}", "选项 '{1}' 需要一个值 {2}"), ("option '{}' takes no value", "选项 '{1}' 不接受值"),
    ("{} must be one of {}, got '{}'", "{1} 必须是 {2} 之一，收到的是 '{3}'"),
    ("{} takes no arguments; got {}; see 'duet {} --help'", "{1} 不接受参数；收到 {2}；见 'duet {3} --help'"),
    ("{} takes one {}; got {} too; see 'duet {} --help'", "{1} 只接受一个 {2}；还收到了 {3}；见 'duet {4} --help'"),
    (
      "review needs a terminal; scripts use 'duet review --format jsonl'",
      "review 需要终端；脚本请用 'duet review --format jsonl'"
    ),
    ("import needs at least one file", "import 至少需要一个文件"), ("terms needs a file", "terms 需要一个文件"),
    ("import takes --en and --zh together", "import 的 --en 和 --zh 须一起给出"),
    ("{}: not a subtitle file (SRT, WebVTT or ASS)", "{1}：不是字幕文件（SRT、WebVTT 或 ASS）"),
    ("say needs text", "say 需要文本"), ("--deck needs a name", "--deck 需要一个名称"),
    ("--db needs a path; got an empty one", "--db 需要路径；收到的是空路径"),
    ("--speak is for the terminal reviewer", "--speak 只用于终端复习界面"),
    ("align needs a transcript, or both --en and --zh", "align 需要一份文字稿，或同时给出 --en 和 --zh"),
    ("align takes a transcript or --en and --zh, not both", "align 接受文字稿或 --en 与 --zh，不能两者都给"),
    (
      "export: an Anki package is a binary file; write it with -o FILE.apkg",
      "export：Anki 卡组包是二进制文件；请用 -o FILE.apkg 写入文件"
    ),
    ("no deck named '{}' (did you mean '{}'?)", "没有名为 '{1}' 的卡组（是不是 '{2}'？）"),
    ("no deck named '{}'; decks: {}", "没有名为 '{1}' 的卡组；现有卡组：{2}"),
    ("no deck named '{}'", "没有名为 '{1}' 的卡组"),
    ("no cards match {}", "没有符合 {1} 的卡片"),
    (
      "DUET_NOW: '{}' is not an ISO 8601 time such as 2026-01-05T09:00:00",
      "DUET_NOW：'{1}' 不是 ISO 8601 时间，如 2026-01-05T09:00:00"
    ),
    ("{}: is the collection's journal ({}); export to another file", "{1}：这是卡片库的日志文件（{2}）；请导出到其他文件"),
    ("{}: is the collection ({}); export to another file", "{1}：这是卡片库本身（{2}）；请导出到其他文件"),
    (
      "speaking needs espeak-ng, which is not installed (Debian and Ubuntu: apt-get install espeak-ng; macOS: brew install espeak-ng)",
      "朗读需要 espeak-ng，但它没有安装（Debian 和 Ubuntu：apt-get install espeak-ng；macOS：brew install espeak-ng）"
    ),
  ]
}
