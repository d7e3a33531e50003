import { AppError } from './errors.ts';
import type { TargetKind, ValueKind } from './vocabulary.ts';

export interface TargetValue {
  kind: TargetKind;
  value?: number | null;
  text?: string;
}

/** Checks that a target fits its indicator: numbers must be numbers, a percentage lies within 0–100. */
export function checkTargetFits(target: TargetValue, valueKind: ValueKind): void {
  if (target.kind === 'number') {
    if (typeof target.value !== 'number' || !Number.isFinite(target.value)) {
      throw fieldError('value', 'Ett numeriskt mål behöver ett tal, till exempel 94 eller 3,5.');
    }
    if (valueKind === 'percent' && (target.value < 0 || target.value > 100)) {
      throw fieldError(
        'value',
        `Indikatorn mäts i procent, så målet måste ligga mellan 0 och 100 (fick ${target.value}).`,
      );
    }
    if (valueKind === 'index' && target.value < 0) {
      throw fieldError('value', 'Ett indexmål kan inte vara negativt.');
    }
    return;
  }
  if (target.value != null) {
    throw fieldError(
      'value',
      'Ett kvalitativt mål (öka, minska, tas fram av nämnd, fritext) ska inte ha något tal.',
    );
  }
  if (target.kind === 'text' && !target.text?.trim()) {
    throw fieldError('text', 'Ett mål i fritext behöver en text.');
  }
}

/** Swedish rendering of a target as it is printed in a plan: "3,5 %", "öka", "Tas fram av nämnd". */
export function formatTarget(target: TargetValue, unit: string): string {
  switch (target.kind) {
    case 'number': {
      const number = formatNumber(target.value ?? 0);
      return unit ? `${number} ${unit}` : number;
    }
    case 'increase':
      return 'öka';
    case 'decrease':
      return 'minska';
    case 'set_by_board':
      return target.text?.trim() || 'Tas fram av nämnd';
    case 'text':
      return target.text ?? '';
  }
}

// One formatter for every call: constructing an Intl.NumberFormat costs far more than formatting, and
// the plan tree formats every target of every indicator it sends.
const SWEDISH_NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return SWEDISH_NUMBER.format(value)
    .replace(/\u2212/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');
}

function fieldError(field: string, message: string): AppError {
  return new AppError('INVALID', message, { fields: { [field]: message } });
}
