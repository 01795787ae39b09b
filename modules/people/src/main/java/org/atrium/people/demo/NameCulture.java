package org.atrium.people.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Given names and family names that belong together. Family names are gender-neutral so any given
 * name can go with any of them.
 */
enum NameCulture {
  ENGLISH(
      "Oliver, Amelia, James, Charlotte, William, Olivia, Harry, Emily, Jack, Sophie, Thomas,"
          + " Grace, Daniel, Hannah, Michael, Megan, Ethan, Isla, Connor, Siobhan, Jessica, Ryan,"
          + " Lauren, Matthew, Rebecca, Samuel, Natalie, Benjamin, Zoe, Joshua",
      "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson,"
          + " Evans, Walker, White, Roberts, Green, Hall, Clarke, O'Brien, Murphy, Kelly, Byrne,"
          + " Harris, Cooper, King, Lewis, Hughes, Edwards, Turner, Morgan, Scott, Baker,"
          + " Mitchell, Campbell"),
  GERMAN(
      "Lukas, Anna, Maximilian, Lena, Jonas, Felix, Marie, Jürgen, Katrin, Tobias, Jana, Matthias,"
          + " Franziska, Sebastian, Lea, Jörg",
      "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,"
          + " Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Weiß"),
  FRENCH(
      "Louis, Camille, Hugo, Léa, Gabriel, Manon, Arthur, Chloé, Jules, Inès, Théo, Élodie,"
          + " Mathieu, Aurélie, Julien, Céline, François, Hélène",
      "Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Lefèvre, Laurent,"
          + " Fontaine, Girard, Rousseau, Mercier, Faure, Lambert"),
  SPANISH(
      "Alejandro, Lucía, Pablo, María, Javier, Sofía, Diego, Carmen, Álvaro, Elena, Sergio, Paula,"
          + " Andrés, Marta, Raúl, Irene",
      "García, Martínez, Rodríguez, Fernández, López, González, Sánchez, Pérez, Gómez, Díaz,"
          + " Moreno, Jiménez, Ruiz, Navarro, Romero, Torres"),
  PORTUGUESE(
      "João, Ana, Pedro, Beatriz, Lucas, Mariana, Gustavo, Camila, Rafael, Larissa, Thiago,"
          + " Fernanda, Matheus, Juliana, Caio, Gabriela",
      "Silva, Santos, Oliveira, Souza, Pereira, Costa, Almeida, Ferreira, Carvalho, Gomes,"
          + " Ribeiro, Araújo, Barbosa, Rocha, Gonçalves, Lima"),
  ITALIAN(
      "Marco, Giulia, Alessandro, Francesca, Luca, Chiara, Matteo, Martina, Davide, Valentina,"
          + " Lorenzo, Sara",
      "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno,"
          + " Conti"),
  POLISH(
      "Jakub, Zuzanna, Łukasz, Małgorzata, Piotr, Agnieszka, Krzysztof, Katarzyna, Tomasz,"
          + " Magdalena, Michał, Aleksandra",
      "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Kaczmarek, Zając, Król, Wieczorek,"
          + " Wróbel, Pawlak, Sikora"),
  NORDIC(
      "Søren, Ingrid, Björn, Astrid, Lars, Freja, Mikkel, Sigrid, Erik, Maja, Henrik, Linnéa,"
          + " Øyvind, Åsa",
      "Andersson, Johansson, Nielsen, Hansen, Larsen, Lindqvist, Berg, Eriksson, Haugen,"
          + " Jørgensen, Nyström, Dahl"),
  DUTCH(
      "Daan, Sanne, Sem, Femke, Bram, Lotte, Thijs, Anouk, Ruben, Fleur",
      "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, Mulder,"
          + " de Boer, Bos"),
  TURKISH(
      "Mehmet, Zeynep, Emre, Elif, Can, Ayşe, Burak, Selin, Oğuz, Defne, Kerem, Çağla",
      "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Koç, Kurt"),
  ARABIC(
      "Omar, Layla, Youssef, Fatima, Karim, Nour, Hassan, Amira, Tariq, Yasmin, Samir, Rania",
      "Haddad, Mansour, Khalil, Nasser, Hamdan, Saleh, Farouk, Aziz, El Amrani, Bakri, Othman,"
          + " Rahman"),
  INDIAN(
      "Aarav, Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Diya, Rahul, Sneha, Aditya, Meera,"
          + " Karthik, Lakshmi, Siddharth, Neha, Ishaan, Pooja, Varun, Divya, Nikhil, Anjali,"
          + " Sanjay, Shreya",
      "Sharma, Patel, Iyer, Reddy, Nair, Gupta, Singh, Kumar, Rao, Menon, Chatterjee, Joshi,"
          + " Desai, Krishnan, Mehta, Banerjee, Pillai, Bhat, Kapoor, Malhotra, Verma, Agarwal,"
          + " Shah, Bose, Naidu, Das"),
  CHINESE(
      "Wei, Mei, Jun, Xinyi, Hao, Ling, Zhiwei, Jing, Yichen, Hui, Bo, Xiaoming, Yan, Tao, Lei,"
          + " Fang, Qiang, Yuxuan, Ming, Xiu",
      "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Lim, Tan, Ng, Goh, Lin,"
          + " He, Guo, Ma, Luo, Gao"),
  JAPANESE(
      "Haruto, Yui, Sota, Hina, Ren, Aoi, Takumi, Sakura, Kenji, Yuki, Daichi, Mio, Hiroshi, Emi",
      "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato,"
          + " Yoshida, Yamada, Sasaki, Matsumoto"),
  KOREAN(
      "Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Ji-woo, Hyun-woo, Soo-ah, Joon-young, Eun-ji",
      "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Han, Shin"),
  VIETNAMESE(
      "Anh, Linh, Minh, Thảo, Huy, Ngọc, Tuấn, Trang, Quang, Phương",
      "Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ, Phan"),
  NIGERIAN(
      "Chinedu, Ngozi, Oluwaseun, Adaeze, Emeka, Funmilayo, Tunde, Chiamaka, Ibrahim, Aisha,"
          + " Babajide, Yetunde, Obinna, Zainab",
      "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo, Ogunleye, Abubakar, Bello, Obi,"
          + " Chukwu, Afolabi, Danjuma"),
  UKRAINIAN(
      "Dmytro, Olena, Andriy, Nataliya, Oleksandr, Iryna, Serhiy, Yuliya, Mykola, Tetiana",
      "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Kravchuk, Boyko, Lysenko, Marchenko,"
          + " Savchenko");

  private static final NameCulture[] ALL = values();

  private final List<String> givenNames;
  private final List<String> familyNames;

  NameCulture(String givenNames, String familyNames) {
    this.givenNames = List.of(givenNames.split(", "));
    this.familyNames = List.of(familyNames.split(", "));
  }

  List<String> givenNames() {
    return givenNames;
  }

  List<String> familyNames() {
    return familyNames;
  }

  String givenName(SplittableRandom random) {
    return givenNames.get(random.nextInt(givenNames.size()));
  }

  String familyName(SplittableRandom random) {
    return familyNames.get(random.nextInt(familyNames.size()));
  }

  static NameCulture any(SplittableRandom random) {
    return ALL[random.nextInt(ALL.length)];
  }
}
