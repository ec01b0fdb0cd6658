/**
 * Khmer names for the synthetic dataset, compiled by the team: the Khmer-script form and the
 * Latin spellings people actually write for it (systematic variation: vowels ea/ie/e, o/ou/or,
 * aspirated or not, a final h/r/doubled consonant added or dropped, joined or apart).
 */
export interface KhmerName {
  km: string;
  latin: readonly string[];
}

export const familyNames: readonly KhmerName[] = [
  { km: 'ចាន់', latin: ['Chan', 'Chann', 'Chand'] },
  { km: 'ជា', latin: ['Chea', 'Chear', 'Chia'] },
  { km: 'សុខ', latin: ['Sok', 'Sokh', 'Sock'] },
  { km: 'ស៊ុន', latin: ['Sun', 'Soun', 'Son'] },
  { km: 'ហេង', latin: ['Heng', 'Hing'] },
  { km: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { km: 'គឹម', latin: ['Kim', 'Kem'] },
  { km: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { km: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { km: 'សំ', latin: ['Sam', 'Som'] },
  { km: 'ឈឹម', latin: ['Chhim', 'Chim', 'Jim'] },
  { km: 'ញឹក', latin: ['Nhek', 'Nhoek'] },
  { km: 'អ៊ុក', latin: ['Ouk', 'Uk', 'Ok'] },
  { km: 'ទេព', latin: ['Tep', 'Teb'] },
  { km: 'យិន', latin: ['Yin', 'Yen'] },
  { km: 'ខៀវ', latin: ['Khiev', 'Kheav', 'Kiev'] },
  { km: 'ប៊ុន', latin: ['Bun', 'Boun', 'Bunn'] },
  { km: 'សេង', latin: ['Seng', 'Sing'] },
  { km: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { km: 'នួន', latin: ['Nuon', 'Noun', 'Nuan'] },
  { km: 'ម៉ម', latin: ['Mom', 'Morm'] },
  { km: 'វង្ស', latin: ['Vong', 'Vang', 'Wong'] },
  { km: 'ឡុង', latin: ['Long', 'Lung'] },
  { km: 'ឃុន', latin: ['Khun', 'Kun'] },
  { km: 'អ៊ឹម', latin: ['Im', 'Em'] },
  { km: 'សួន', latin: ['Suon', 'Soun', 'Suan'] },
  { km: 'ណុប', latin: ['Nop', 'Nob'] },
  { km: 'រស់', latin: ['Ros', 'Ruos', 'Rous'] },
  { km: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { km: 'ឌី', latin: ['Dy', 'Dee', 'Di'] },
];

export const femaleGivenNames: readonly KhmerName[] = [
  { km: 'សុភា', latin: ['Sophea', 'Sopheah', 'Sophear'] },
  { km: 'ស្រីពៅ', latin: ['Sreypov', 'Srey Pov', 'Sreypeou'] },
  { km: 'ធីតា', latin: ['Thida', 'Tida', 'Theda'] },
  { km: 'ចាន់ថា', latin: ['Chantha', 'Chanta', 'Chan Tha'] },
  { km: 'សុខា', latin: ['Sokha', 'Sokhar', 'Sokah'] },
  { km: 'ដារា', latin: ['Dara', 'Darah', 'Dareah'] },
  { km: 'ស្រីនិច', latin: ['Sreynich', 'Srey Nich', 'Sreyneth'] },
  { km: 'បូផា', latin: ['Bopha', 'Bophar', 'Boppha'] },
  { km: 'រតនា', latin: ['Ratana', 'Rattana', 'Rathana'] },
  { km: 'សុភ័ក្ត្រា', latin: ['Sopheaktra', 'Sopheak Tra', 'Sopheaktrah'] },
  { km: 'លក្ខិណា', latin: ['Leakhena', 'Lakena', 'Leak Hena'] },
  { km: 'ស្រីល័ក្ខ', latin: ['Sreyleak', 'Srey Leak', 'Sreyleakh'] },
  { km: 'ម៉ាលី', latin: ['Maly', 'Malee', 'Mali'] },
  { km: 'ចិន្តា', latin: ['Chenda', 'Chinda', 'Chendah'] },
  { km: 'វណ្ណា', latin: ['Vanna', 'Vana', 'Wanna'] },
  { km: 'ស្រីម៉ៅ', latin: ['Sreymao', 'Srey Mao', 'Sreymau'] },
  { km: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kannha'] },
  { km: 'នារី', latin: ['Neary', 'Nary', 'Neari'] },
  { km: 'សុគន្ធា', latin: ['Sokunthea', 'Sokuntheah', 'Sokhuntha'] },
  { km: 'ពិសី', latin: ['Pisey', 'Pisei', 'Pesey'] },
];

export const maleGivenNames: readonly KhmerName[] = [
  { km: 'សុផល', latin: ['Sophal', 'Sophall', 'Sophorl'] },
  { km: 'វិចិត្រ', latin: ['Vichet', 'Vichit', 'Wichet'] },
  { km: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith', 'Piset'] },
  { km: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'] },
  { km: 'សំណាង', latin: ['Samnang', 'Somnang', 'Samnaang'] },
  { km: 'វណ្ណៈ', latin: ['Vannak', 'Vanak', 'Vanna'] },
  { km: 'ចាន់ដារ៉ា', latin: ['Chandara', 'Chan Dara', 'Chandarah'] },
  { km: 'ប៊ុនថន', latin: ['Bunthan', 'Bun Than', 'Bounthon'] },
  { km: 'សុវណ្ណ', latin: ['Sovann', 'Sovan', 'Sowann'] },
  { km: 'ម៉េងហុង', latin: ['Menghong', 'Meng Hong', 'Menghorng'] },
  { km: 'ដារ៉ូ', latin: ['Daro', 'Darou', 'Darro'] },
  { km: 'វិសាល', latin: ['Visal', 'Wisal', 'Vesal'] },
  { km: 'សុភ័ក្រ', latin: ['Sopheak', 'Sophek', 'Sopheack'] },
  { km: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Rattha'] },
  { km: 'ពៅ', latin: ['Pov', 'Peou', 'Pove'] },
  { km: 'ធារ៉ា', latin: ['Theara', 'Thira', 'Tear'] },
  { km: 'គឹមហួរ', latin: ['Kimhour', 'Kim Hour', 'Kimhuor'] },
  { km: 'សុខលី', latin: ['Sokly', 'Sok Ly', 'Soklee'] },
  { km: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Odom'] },
  { km: 'ចំរើន', latin: ['Chamroeun', 'Chamrern', 'Chomreoun'] },
];
