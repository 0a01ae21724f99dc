import Foundation

/// The command line of `jejak-bench-data`.
struct BenchOptions {
    enum Mode { case dataset, chat, telegram, instagram, parse }

    var mode = Mode.dataset
    var out = "bench/out/data"
    var seed: UInt64 = 20_251_123
    var graduates = 1000
    var classSize = 10_000
    var waitlistShare = 0.03
    var privateChats = 40
    var instagramThreads = 20
    var telegramPeople = 200
    var messages = 1_000_000

    static let usage = """
        usage: jejak-bench-data --out DIR --graduates N [--seed S] [--class-size Q] [--waitlist SHARE]
                                [--private-chats K] [--instagram-threads K] [--telegram-people K]
               jejak-bench-data chat --out FILE --messages N [--seed S]
               jejak-bench-data telegram --out FILE --messages N [--seed S]
               jejak-bench-data instagram --out FILE --messages N [--seed S]
               jejak-bench-data parse FILE          parse-only timing of Jejak's WhatsApp parser (no database)

        Dataset (deterministic for a seed), under DIR:
          programs.csv, classes.csv          programmes and classes (2023–2025, quota Q, N graduates in all)
          registrations/CODE.csv             each class's registration export (quota + waitlist + a few rejects)
          registrations-all.csv              every registration row in one file (the import benchmark)
          campaigns.csv, insights.csv        campaigns and their Meta Insights post CSV
          chats/whatsapp-groups/             "WhatsApp Chat with Alumni CODE.txt", Android Indonesian
          chats/whatsapp-private/            one-to-one exports, chats/instagram/…/inbox/, chats/telegram/CODE/result.json
          truth.csv                          nik,class,program,wave,status,reply for every graduate and wave 3/6/12
          graduates.csv, responses.csv       the same answers as a Google Form would export them (for pandas)
        chat: one WhatsApp group export of N messages for parser benchmarks (Android English, dd/mm/yyyy, HH:MM).
        telegram: the same messages as one Telegram Desktop single-chat export (result.json), for the memory of JSON ingest.
        instagram: the same messages as one Instagram group thread (message_1.json, newest first), for the same.
        """

    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        var rest = ArraySlice(arguments)
        if rest.first == "parse", rest.count == 2 {
            options.mode = .parse
            options.out = rest.last!
            return options
        }
        let modes: [String: (Mode, String)] = [
            "chat": (.chat, "bench/out/chat.txt"), "telegram": (.telegram, "bench/out/result.json"),
            "instagram": (.instagram, "bench/out/message_1.json"),
        ]
        if let first = rest.first, let (mode, out) = modes[first] {
            options.mode = mode
            options.out = out
            rest = rest.dropFirst()
        }
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch flag {
            case "--out": options.out = value
            case "--seed": guard let v = UInt64(value) else { return nil }; options.seed = v
            case "--graduates": guard let v = Int(value), v > 0 else { return nil }; options.graduates = v
            case "--class-size": guard let v = Int(value), v > 0 else { return nil }; options.classSize = v
            case "--waitlist": guard let v = Double(value), v >= 0 else { return nil }; options.waitlistShare = v
            case "--private-chats": guard let v = Int(value) else { return nil }; options.privateChats = v
            case "--instagram-threads": guard let v = Int(value) else { return nil }; options.instagramThreads = v
            case "--telegram-people": guard let v = Int(value) else { return nil }; options.telegramPeople = v
            case "--messages": guard let v = Int(value), v > 0 else { return nil }; options.messages = v
            default: return nil
            }
        }
        return options
    }
}
