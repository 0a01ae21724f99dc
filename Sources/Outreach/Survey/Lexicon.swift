import Foundation

/// The everyday-language vocabulary the interpreter understands. Kept in one place so a
/// reviewer who sees a misread reply can add the spelling here and a test case beside it.
enum Lexicon {
    /// Informal spelling → canonical word.
    static let synonyms: [String: String] = {
        var map: [String: String] = [:]
        func add(_ canonical: String, _ variants: [String]) { for v in variants { map[v] = canonical } }
        add("sudah", ["udah", "udh", "sdh", "dah", "sdah", "uda", "suda", "sudh", "udha"])
        add("belum", ["blm", "belom", "blum", "blom", "lom", "blon", "belon"])
        add("tidak", ["tdk", "gak", "ga", "nggak", "ngga", "enggak", "engga", "gk", "ngak", "nda", "ndak", "kagak", "gx", "bukan", "tak", "g"])
        add("not", ["no", "dont", "havent", "hasnt", "didnt", "cant", "isnt", "arent", "never", "nor", "without", "wasnt", "aint", "nope"])
        add("kerja", ["bekerja", "bkerja", "bekrja", "bkrja", "krja", "krj", "kerjo", "gawe", "ngantor", "kerj", "kerje", "work", "working", "works"])
        add("pekerjaan", ["kerjaan", "krjaan", "pekerjan", "job", "jobs"])
        add("karyawan", ["pegawai", "buruh", "staf", "staff", "employee", "employed", "karyawati"])
        add("cari", ["nyari", "mencari", "nyariin", "nyri", "cri", "carik", "melamar", "ngelamar", "lamar", "apply", "applying", "nglamar"])
        add("looking", ["searching", "seeking", "hunting"])
        add("nganggur", ["menganggur", "pengangguran", "ngangur", "nganggur2", "jobless", "unemployed"])
        add("dapat", ["dapet", "dpt", "dpet", "dapatkan", "mendapat", "mendapatkan", "got", "get", "found", "find", "landed"])
        add("usaha", ["wirausaha", "wiraswasta", "bisnis", "business", "jualan", "berjualan", "dagang", "berdagang", "olshop",
                      "umkm", "freelance", "freelancer", "selling", "usahaa", "jualan2"])
        add("kuliah", ["kuliyah", "kulyah", "kursus", "mondok", "pesantren", "studying", "student", "university", "college",
                       "kampus", "study", "course", "studi"])
        add("pelatihan", ["training", "pelatihannya"])
        add("pernah", ["dulu", "sempat", "sempet", "mantan", "former", "previously", "used", "worked", "dulunya"])
        add("berhenti", ["resign", "phk", "diphk", "dipecat", "fired", "quit", "resigned", "keluar"])
        add("diterima", ["keterima", "hired", "accepted", "lolos"])
        add("mau", ["ingin", "pengen", "pingin", "pengin", "rencana", "rencananya", "akan", "bakal", "nanti", "insyaallah",
                    "insya", "want", "plan", "planning", "will", "ill", "would", "wanna", "gonna", "persiapan", "mempersiapkan", "menyiapkan", "nyiapin", "siapin", "preparing", "hope", "semoga", "doakan", "doain", "mudah2an", "moga"])
        add("irt", ["housewife", "homemaker"])
        add("pensiun", ["retired", "pensiunan"])
        add("sesuai", ["nyambung", "related", "matches", "relevan", "relevant", "linier", "linear"])
        add("umk", ["umr", "ump"])
        add("tapi", ["tp", "tpi", "but", "namun", "cuma", "cuman", "however"])
        add("sambil", ["while", "sembari", "plus"])
        add("sekarang", ["skrg", "skr", "skrng", "now", "currently", "saat", "kini"])
        add("masih", ["msh", "masi", "still"])
        add("lagi", ["lg", "lgi", "again"])
        add("di", ["at", "in", "for", "dengan", "with"])
        add("teman", ["temen", "tmn", "kawan", "keluarga", "saudara", "sodara", "ortu", "kakak", "adik", "tetangga", "friend", "friends",
                      "family", "sepupu", "pacar"])
        add("whatsapp", ["wa", "whatsap", "watsap", "wasap", "whatsaap"])
        add("instagram", ["ig", "insta", "instagramnya"])
        add("tahu", ["tau", "tw", "heard", "know", "knew", "dengar", "denger", "liat", "lihat", "saw", "info", "infonya", "informasi"])
        add("alhamdulillah", ["alhamdulilah", "alhamdullilah", "alhmdllh", "alhamdulillaah", "hamdalah"])
        add("yes", ["iya", "ya", "yaa", "y", "yup", "yap", "ye", "iyaa", "iy"])
        return map
    }()

    /// Words that negate the next few words of the same clause.
    static let negators: Set<String> = ["belum", "tidak", "not"]
    /// Words after which a negation or plan no longer applies.
    static let scopeBreakers: Set<String> = ["tapi", "sambil", "dan", "and", "sekarang", "eh", "terus", "trus", "lalu"]
    /// Words that make what follows a plan, not a current state ("mau buka usaha").
    static let planWords: Set<String> = ["mau", "going"]
    /// Objects of "cari"/"dapat": the thing looked for.
    static let jobNouns: Set<String> = ["kerja", "pekerjaan", "loker", "lowongan", "karyawan"]
    /// Nouns that make "buka …" a business ("buka bengkel").
    static let businessNouns: Set<String> = [
        "usaha", "warung", "toko", "bengkel", "salon", "laundry", "kedai", "cafe", "kafe", "katering", "catering",
        "lapak", "jasa", "konter", "counter", "angkringan", "booth", "stand", "shop", "kios",
    ]
    /// Words before "kerja" that make it a noun compound, not "I work" ("hari kerja", "teman kerja").
    static let kerjaCompoundsBefore: Set<String> = [
        "hari", "jam", "dunia", "lowongan", "loker", "tempat", "lapangan", "bursa", "pengalaman", "baju", "sepatu",
        "alat", "kontrak", "surat", "lamaran", "rekan", "teman", "etos", "semangat", "balai", "latihan", "home", "kesempatan",
    ]
    /// Words after "kerja" that make it something else ("kerja bakti", "kerja sama").
    static let kerjaCompoundsAfter: Set<String> = ["bakti", "sama", "samanya", "keras", "kerasnya", "praktek", "praktik", "lapangan", "kelompok"]
    /// Ways of addressing the admin, skipped when looking for a question word.
    static let address: Set<String> = ["kak", "ka", "kakak", "min", "admin", "mimin", "bang", "mas", "mbak", "pak", "bu", "halo", "hai", "hi", "hello", "maaf", "permisi", "sorry"]
    /// Clause-initial words that make a clause a question.
    static let questionStarts: Set<String> = [
        "kapan", "apakah", "apa", "gimana", "bagaimana", "berapa", "dimana", "kenapa", "mengapa", "bisakah", "bolehkah",
        "kpn", "gmn", "brp", "when", "how", "where", "what", "why", "can", "could", "is", "are", "do", "does", "will",
        "mohon", "tolong", "minta", "infokan",
    ]
    /// Question words that make a clause a question wherever they stand ("pendaftaran kapan dibuka").
    static let interrogatives: Set<String> = ["kapan", "apakah", "gimana", "bagaimana", "berapa", "dimana", "kenapa", "mengapa", "kpn", "gmn", "brp"]
    /// Words that carry no answer: greetings, thanks, acknowledgements, addressing.
    static let filler: Set<String> = address.union([
        "assalamualaikum", "assalamu", "alaikum", "assalamualaikumwrwb", "waalaikumsalam", "wr", "wb", "pagi", "siang", "sore",
        "malam", "selamat", "good", "morning", "evening", "afternoon", "night", "terima", "kasih", "makasih", "terimakasih", "trims",
        "tks", "thx", "thanks", "thank", "you", "u", "ok", "oke", "okay", "okey", "okee", "sip", "siap", "baik", "noted", "sis", "gan",
        "yes", "dong", "nih", "sama", "sama2", "samasama", "amin", "aamiin", "amiin", "mantap", "mantab", "wkwk",
        "wkwkwk", "hehe", "haha", "banyak", "semua", "all", "juga", "ya", "hey", "salam", "kenal", "kembali", "very", "much",
        "alhamdulillah", "masya", "allah", "nggih", "injih", "lo", "lho", "kok", "sih", "mau", "tanya", "nanya", "izin", "ijin", "ask", "atas", "for",
    ])
    /// Chat-export placeholders for non-text messages.
    static let mediaPlaceholders = [
        "<media omitted>", "<media tidak disertakan>", "sticker omitted", "stiker tidak disertakan", "image omitted",
        "gambar tidak disertakan", "audio omitted", "video omitted", "gif omitted", "this message was deleted",
        "pesan ini telah dihapus",
    ]
}
