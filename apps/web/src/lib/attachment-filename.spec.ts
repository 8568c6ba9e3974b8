import { attachmentFilename } from './attachment-filename';

describe('the name of a downloaded file', () => {
  it('is the quoted name the answer gives it', () => {
    expect(attachmentFilename('attachment; filename="leipzig-integrationskonzept-v1.pdf"')).toBe('leipzig-integrationskonzept-v1.pdf');
  });

  it('prefers the UTF-8 name, which may carry any letter', () => {
    expect(attachmentFilename(`attachment; filename="Strasse.pdf"; filename*=UTF-8''Stra%C3%9Fe.pdf`)).toBe('Straße.pdf');
  });

  it('reads a bare name and escaped quotes', () => {
    expect(attachmentFilename('attachment; filename=plan.md')).toBe('plan.md');
    expect(attachmentFilename('attachment; filename="the \\"plan\\".md"')).toBe('the "plan".md');
  });

  it('keeps only the name of a path', () => {
    expect(attachmentFilename('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(attachmentFilename('attachment; filename="C:\\\\Windows\\\\plan.pdf"')).toBe('plan.pdf');
  });

  it('is unknown when the answer names no file', () => {
    expect(attachmentFilename(null)).toBeUndefined();
    expect(attachmentFilename('attachment')).toBeUndefined();
    expect(attachmentFilename('attachment; filename=""')).toBeUndefined();
  });
});
