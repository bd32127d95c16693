import { describe, expect, it } from 'vitest';
import { analysisNotes, analyze } from '../../src/core';
import { looksNotEnglish } from '../../src/core/text/language';

const FRENCH = 'Nous sommes une petite agence web à Lyon et nous cherchons un développeur pour créer une application de réservation pour nos clients, avec un paiement en ligne et un espace client.';
const SPANISH = 'Necesito un diseñador para el logo de mi panadería en Sevilla. El logo debe ser simple y con los colores de la marca. Presupuesto de 100 USD y entrega en cinco días.';
const RUSSIAN = 'Мы ищем дизайнера для логотипа нашей пекарни. Логотип должен быть простым, в цветах бренда. Бюджет сто долларов, срок пять дней, нужны исходные файлы и три варианта.';
const ENGLISH = 'We are a small bakery in Leeds and need a logo for our new shop. It should be simple and use our brand colours. Budget is $100 and we need it within five days.';

describe('looksNotEnglish', () => {
  it.each([
    ['French', FRENCH],
    ['Spanish', SPANISH],
    ['Russian', RUSSIAN],
  ])('tells a post in %s', (_, text) => {
    expect(looksNotEnglish(text)).toBe(true);
  });

  it('leaves English alone, and a post in English and Spanish, and one too short to tell', () => {
    expect(looksNotEnglish(ENGLISH)).toBe(false);
    expect(looksNotEnglish(`${ENGLISH}\n\n${SPANISH}`)).toBe(false);
    expect(looksNotEnglish('Magento 2 infinite scroll on category pages for our store')).toBe(false);
    expect(looksNotEnglish('Logo para mi panadería, con los colores de la marca.')).toBe(false);
  });
});

describe('a post the checks cannot read', () => {
  it('says so beside a checklist that is all missing', () => {
    const analysis = analyze({ description: SPANISH });
    expect(analysis.notEnglish?.note).toMatch(/does not look like English/);
    expect(analysisNotes(analysis)[0]).toBe(analysis.notEnglish!.note);
  });

  it('reads the title with the description: a short post can keep its accents in the title', () => {
    const draft = {
      title: 'Diseño de logo para panadería',
      description: 'Necesito un logo para mi panaderia en Madrid. Presupuesto 150 euros. Entrega en una semana. Por favor envien su portafolio con trabajos similares.',
    };
    expect(analyze(draft).notEnglish?.note).toMatch(/does not look like English/);
    expect(analyze({ title: 'Logo for my bakery in Málaga', description: 'Need a logo for my bakery. Budget 150 euros. Send your portfolio please.' }).notEnglish).toBeUndefined();
  });

  it('says nothing for a post in English, however thin', () => {
    expect(analyze({ description: 'Need a React developer for ongoing work on various tasks. Must be good. Apply now if interested in this role.' }).notEnglish).toBeUndefined();
    expect(analyze({ description: ENGLISH }).notEnglish).toBeUndefined();
  });
});
