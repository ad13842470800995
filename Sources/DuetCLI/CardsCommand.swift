import Duet
import Store

/// `duet cards`: every card with its schedule.
struct CardsCommand: Command {
  static let info = CommandInfo(
    name: "cards", abstract: "List cards with their note and schedule.",
    arguments: [ArgumentSpec(name: "<card-id>", help: "Only these cards.", repeats: true, optional: true)],
    options: CommonOptions.cardSelection + [
      CommonOptions.listFormat.spec, CommonOptions.db.spec, CommonOptions.help.spec,
    ])

  let filter: CardFilter
  let format: Format

  init(_ arguments: ParsedArguments) throws {
    filter = try arguments.cardSelection()
    format = try arguments.value(CommonOptions.listFormat, default: .text)
  }

  func run(_ context: Context) throws {
    let collection = try context.openCollection()
    var filter = self.filter
    filter.today = context.clock.today
    try FilterCheck.requireMatches(filter, in: collection)
    let answers = format == .jsonl ? try collection.answerCounts(filter) : [:]
    let pinyin = format == .jsonl ? context.pinyinReader() : nil
    // A note's two cards follow each other: its reading is worked out once.
    var reading: (note: Int64, text: String?) = (0, nil)
    for detail in try collection.cards(filter) {
      let card = detail.card
      let note = detail.note
      let review = card.state.review
      let state = card.listedState(on: context.clock.today).rawValue
      if format == .jsonl {
        if reading.note != note.id { reading = (note.id, pinyin?.reading(note.draft.chinese)) }
        Output.json([
          "id": .int(Int(card.id)), "note": .int(Int(note.id)), "guid": .string(note.draft.guid),
          "deck": .string(note.deck), "kind": .string(note.draft.kind.rawValue),
          "direction": .string(card.direction.rawValue), "en": .string(note.draft.english),
          "zh": .string(note.draft.chinese), "state": .string(state), "repetitions": .int(review?.repetitions ?? 0),
          "ease": .number((review?.ease ?? .initial).value), "interval": .int(review?.intervalDays ?? 0),
          "due": .optional(review?.dueDay.description), "lapses": .int(review?.lapses ?? 0),
          "reviews": .int(answers[card.id] ?? 0), "pinyin": .optional(reading.text),
        ])
      } else {
        Output.line(
          "\(card.id)\t\(note.deck)\t\(card.direction.rawValue)\t\(state)\t\(review?.dueDay.description ?? "-")\t"
            + "\(card.direction == .englishToChinese ? note.draft.english : note.draft.chinese)")
      }
    }
  }
}
