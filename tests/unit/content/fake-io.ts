// A stand-in for IntersectionObserver in the annotator's unit tests: it reports only when the
// test says which cards are near the viewport.
export class FakeIO {
  static all: FakeIO[] = [];
  targets = new Set<Element>();
  constructor(private readonly callback: (records: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIO.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  static report(near: (el: Element) => boolean) {
    for (const io of FakeIO.all) io.callback([...io.targets].map((target) => ({ target, isIntersecting: near(target) })));
  }
}
