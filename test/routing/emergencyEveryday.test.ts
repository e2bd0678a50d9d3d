import { EmergencyDetector } from '../../knowledge/routing/emergency';

const detector = EmergencyDetector.load();

// Everyday questions with a frightening word in them must not raise the 110/119 alarm, and the
// same word in a real emergency still must.
describe('the emergency detector and everyday words', () => {
  it.each([
    '燃えるゴミの日はいつ？',
    '燃えないごみの出し方',
    'もえるごみ は なんようび',
    'きょねん いえ が かじ で もえました',
  ])('"%s" is no emergency', (text) => {
    expect(detector.detect(text)).toBeNull();
  });

  it.each(['ゴミが燃えてる', 'いえ が もえてる', '火事です'])('"%s" still is', (text) => {
    expect(detector.detect(text)?.kind).toBe('fire');
  });
});

describe('death threats', () => {
  it.each(['今殺すぞと言われて家の前にいる', '殺されそう', '夫に殺すぞって言われて怖い'])(
    '"%s" now is an emergency',
    (text) => {
      expect(detector.detect(text)?.kind).toBe('violence');
    },
  );

  it.each(['殺すぞと脅された', '昨日、殺すぞと言われました', '去年、殺すぞと言われたことがある'])(
    '"%s", told afterwards, goes to victim support instead',
    (text) => {
      expect(detector.detect(text)).toBeNull();
    },
  );
});
