/// Name parts combined at random: generated people, never real ones.
enum DemoNames {
    static let male = ["Agus", "Budi", "Dimas", "Eko", "Fajar", "Gilang", "Hendra", "Irfan", "Joko", "Kevin", "Lukman",
                       "Muhammad", "Nanda", "Oki", "Putra", "Rizky", "Satria", "Teguh", "Wahyu", "Yoga", "Zaki", "Bagus",
                       "Dedi", "Fikri", "Hadi", "Ilham", "Reza", "Taufik"]
    static let female = ["Ayu", "Bunga", "Citra", "Dewi", "Eka", "Fitri", "Gita", "Hana", "Indah", "Julia", "Kartika",
                         "Lestari", "Maya", "Nur", "Putri", "Rina", "Sari", "Tika", "Utami", "Wulan", "Yuni", "Annisa",
                         "Dinda", "Nabila", "Rahma", "Salsabila", "Siti", "Vina"]
    static let family = ["Pratama", "Saputra", "Wijaya", "Santoso", "Hidayat", "Kurniawan", "Setiawan", "Nugroho",
                         "Rahmawati", "Lestari", "Permata", "Maharani", "Siregar", "Nasution", "Hasibuan", "Simanjuntak",
                         "Sihombing", "Wibowo", "Gunawan", "Firmansyah", "Ramadhan", "Hakim", "Syahputra", "Susanti"]
}
