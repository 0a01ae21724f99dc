import Synthetic
import Alumni
import Foundation

/// Writes the whole consistent dataset under one folder (see `BenchOptions.usage` for the layout).
struct BenchDataset {
    var options: BenchOptions

    /// Which channel a graduate answers on: most in their class's WhatsApp group, a few elsewhere.
    enum Route { case group, privateWhatsApp, instagram, telegram }

    func write() throws -> [String: Int] {
        let folder = URL(fileURLWithPath: options.out)
        let seed = options.seed
        let classes = ClassPlan.make(graduates: options.graduates, classSize: options.classSize, waitlistShare: options.waitlistShare)
        try writeCatalog(classes, to: folder)
        try CampaignFiles.write(classes: classes, to: folder, seed: seed)

        let chats = folder.appendingPathComponent("chats")
        let groups = chats.appendingPathComponent("whatsapp-groups")
        let privateFolder = chats.appendingPathComponent("whatsapp-private")
        let inbox = chats.appendingPathComponent("instagram/your_instagram_activity/messages/inbox")
        for sub in [groups, privateFolder, inbox] { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }

        var registrations = try RegistrationFiles(seed: seed, allRows: folder.appendingPathComponent("registrations-all.csv"))
        let truth = try TruthFiles(folder: folder)
        var counts: [String: Int] = ["classes": classes.count]
        for plannedClass in classes {
            try registrations.write(plannedClass, to: folder.appendingPathComponent("registrations/\(plannedClass.code).csv"))
            var group = WhatsAppGroupExport(plannedClass: plannedClass)
            var rng = SeededGenerator(seed, stream: plannedClass.index, salt: 5)
            let graduates = (0..<plannedClass.quota).map { BenchPerson(index: plannedClass.firstPerson + $0, seed: seed) }
            let uniqueNames = Dictionary(grouping: graduates, by: { $0.name.lowercased() }).filter { $0.value.count == 1 }
            var routed: [Route: Int] = [:]
            var telegramPeople: [(BenchPerson, [WaveOutcome])] = []
            for person in graduates {
                let outcomes = TrueOutcome.draw(person: person, programme: plannedClass.programme, graduatedOn: plannedClass.graduatedOn, seed: seed)
                truth.add(person, in: plannedClass, outcomes: outcomes)
                let answers = outcomes.contains { !$0.messages.isEmpty }
                let route = self.route(plannedClass, person, answers: answers, uniqueName: uniqueNames[person.name.lowercased()] != nil, routed: routed)
                routed[route, default: 0] += 1
                switch route {
                case .group: group.add(person, outcomes: outcomes, &rng)
                case .privateWhatsApp: try PrivateChats.writeWhatsApp(person, outcomes: outcomes, to: privateFolder)
                case .instagram: try PrivateChats.writeInstagram(person, outcomes: outcomes, to: inbox)
                case .telegram: telegramPeople.append((person, outcomes))
                }
            }
            counts["group_lines", default: 0] += try group.write(to: groups)
            if !telegramPeople.isEmpty {
                try PrivateChats.writeTelegram(classCode: plannedClass.code, people: telegramPeople,
                                               to: chats.appendingPathComponent("telegram/\(plannedClass.code)/result.json"))
            }
            counts["private_whatsapp", default: 0] += routed[.privateWhatsApp] ?? 0
            counts["instagram", default: 0] += routed[.instagram] ?? 0
            counts["telegram", default: 0] += routed[.telegram] ?? 0
            counts["graduates", default: 0] += plannedClass.quota
        }
        try registrations.close()
        try truth.close()
        counts["registration_rows"] = registrations.rows
        counts["answers"] = truth.answers
        return counts
    }

    /// Class 0's first answering graduates with an Instagram handle write on Instagram; class 1's on private
    /// WhatsApp; class 2's, with a display name unique in their class, in the class's Telegram group.
    private func route(_ plannedClass: PlannedClass, _ person: BenchPerson, answers: Bool, uniqueName: Bool, routed: [Route: Int]) -> Route {
        guard answers else { return .group }
        switch plannedClass.index {
        case 0 where person.instagram != nil && (routed[.instagram] ?? 0) < options.instagramThreads: return .instagram
        case 1 where (routed[.privateWhatsApp] ?? 0) < options.privateChats: return .privateWhatsApp
        case 2 where uniqueName && (routed[.telegram] ?? 0) < options.telegramPeople: return .telegram
        default: return .group
        }
    }

    private func writeCatalog(_ classes: [PlannedClass], to folder: URL) throws {
        let programmes = try TextOut(folder.appendingPathComponent("programs.csv"))
        programmes.line(["code", "name", "sector"])
        for programme in Programme.all { programmes.line([programme.code, programme.name, programme.sector]) }
        try programmes.close()
        let out = try TextOut(folder.appendingPathComponent("classes.csv"))
        out.line(["program", "class", "year", "quota", "opens", "starts", "ends", "registrants"])
        for c in classes {
            out.line([c.programme.code, c.code, String(c.year), String(c.quota), c.opens.description, c.starts.description,
                      c.ends.description, String(c.registrants)])
        }
        try out.close()
    }
}
