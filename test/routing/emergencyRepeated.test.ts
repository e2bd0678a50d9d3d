import { EmergencyDetector } from '../../knowledge/routing/emergency';

// Found by a helper typing as residents do (fourth round): a cry said again and again got the
// fallback, the certificate menu (119 119 119) or job support (help help help).
const detector = EmergencyDetector.load();

describe('a cry said again and again raises the alarm, as each alone does', () => {
  it.each([
    ['たすけて たすけて', 'violence'],
    ['たすけてたすけて', 'violence'],
    ['119 119 119', 'medical'],
    ['119 119', 'medical'],
    ['110 110', 'violence'],
    ['110番 110番', 'violence'],
    ['警察 警察', 'violence'],
    ['火事 火事', 'fire'],
    ['help help help', 'violence'],
    ['help help', 'violence'],
    ['police police', 'violence'],
    ['救命救命', 'violence'],
    ['jiu ming jiu ming', 'violence'],
    ['Help! Help!', 'violence'],
  ])('%s → %s', (text, kind) => {
    expect(detector.detect(text)).toMatchObject({ kind, whole: true });
  });

  it.each(['ありがとう ありがとう', 'help me find a job', '119 119 で何を言えばいいですか', 'はい はい'])(
    '%s is no alarm',
    (text) => {
      expect(detector.detect(text)).toBeNull();
    },
  );
});

describe('asking to call 119, as elders write and speak it, raises the alarm', () => {
  it.each([
    '119にかけたい',
    '119に電話したい',
    '119番したい',
    'きゅーきゅーしゃよんで',
    'きゅーきゅーしゃ',
    'police',
  ])('%s', (text) => {
    expect(detector.detect(text)).not.toBeNull();
  });

  it.each([
    '119に電話したときは何を言えばいいですか',
    '119番したいときはどうすればいいですか',
    'police station near me',
  ])('%s asks how, and stands down', (text) => {
    expect(detector.detect(text)).toBeNull();
  });
});
