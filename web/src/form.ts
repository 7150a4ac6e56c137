import { TAXONOMY } from "../../src/code/taxonomy.js";
import type { EventSummary } from "../../src/model/index.js";
import { TYPE_COLOURS } from "./colours.js";
import { FILTERS, type FilterName } from "./state.js";

/** The filter form's fields, named as the API's query parameters. */
export type Field = HTMLInputElement | HTMLSelectElement;
export const fieldOf = (form: HTMLFormElement, name: FilterName) => form.elements.namedItem(name) as Field;

/** The event types as choices, and as the key to the colours beside the map. */
export function fillTypes(form: HTMLFormElement, legend: HTMLElement): void {
  const types = fieldOf(form, "type") as HTMLSelectElement;
  for (const type of Object.keys(TYPE_COLOURS)) types.add(new Option(type, type));
  for (const [type, colour] of Object.entries(TYPE_COLOURS).reverse()) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    item.append(swatch, type);
    legend.prepend(item);
  }
}

/** The sub-types of the chosen type (all of them with none); a sub-type of another type is cleared. */
export function fillSubTypes(form: HTMLFormElement, chosen: string): void {
  const select = fieldOf(form, "sub_type") as HTMLSelectElement;
  const type = fieldOf(form, "type").value;
  const names = TAXONOMY.filter((t) => !type || t.event_type === type).map((t) => t.sub_event_type);
  select.replaceChildren(new Option("All", ""), ...names.map((name) => new Option(name, name)));
  select.value = names.includes(chosen) ? chosen : "";
}

/** Countries and actor names of every stored event (up to a page): the choices stay whole while filters narrow. */
export function fillChoices(form: HTMLFormElement, actorNames: HTMLElement, all: EventSummary[]): void {
  const countries = [...new Set(all.map((e) => e.country).filter(Boolean) as string[])].sort();
  const select = fieldOf(form, "country") as HTMLSelectElement;
  for (const name of countries) if (name !== select.value) select.add(new Option(name, name));
  const actors = new Set<string>();
  for (const e of all)
    for (const name of [
      e.actor1,
      e.actor2,
      ...(e.assoc_actor_1 ?? "").split(";"),
      ...(e.assoc_actor_2 ?? "").split(";"),
    ])
      if (name?.trim()) actors.add(name.trim());
  actorNames.replaceChildren(...[...actors].sort().map((name) => new Option(name, name)));
}

/** Puts a link's filters in the form (a country not among the choices yet becomes one). */
export function fillForm(form: HTMLFormElement, filters: Record<FilterName, string>): void {
  const country = fieldOf(form, "country") as HTMLSelectElement;
  if (filters.country) country.add(new Option(filters.country, filters.country));
  for (const name of FILTERS) if (name !== "sub_type") fieldOf(form, name).value = filters[name];
  fillSubTypes(form, filters.sub_type);
}

export const readForm = (form: HTMLFormElement): Record<FilterName, string> =>
  Object.fromEntries(FILTERS.map((name) => [name, fieldOf(form, name).value.trim()])) as Record<FilterName, string>;
