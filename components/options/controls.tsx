import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Section(props: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: ComponentChildren;
  /** a small sample next to the label (highlight styles) */
  sample?: ComponentChildren;
}

/** A group of radio buttons: a fieldset with a legend, arrow keys move between the choices. */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  value: T;
  choices: Array<Choice<T>>;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const hintId = useId();
  return (
    <fieldset class="group" disabled={props.disabled} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.choices.map((choice) => (
        <RadioChoice
          key={choice.value}
          name={props.name}
          choice={choice}
          checked={props.value === choice.value}
          onSelect={() => props.onChange(choice.value)}
        />
      ))}
    </fieldset>
  );
}

function RadioChoice<T extends string>(props: {
  name: string;
  choice: Choice<T>;
  checked: boolean;
  onSelect: () => void;
}) {
  const id = useId();
  const { choice } = props;
  return (
    <div class="choice">
      <input
        type="radio"
        id={id}
        name={props.name}
        value={choice.value}
        checked={props.checked}
        aria-describedby={choice.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          if ((e.currentTarget as HTMLInputElement).checked) props.onSelect();
        }}
      />
      <div>
        <label for={id}>
          {choice.label}
          {choice.sample}
        </label>
        {choice.hint && (
          <p class="hint" id={`${id}-hint`}>
            {choice.hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function Checkbox(props: {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{props.label}</label>
        {props.hint && (
          <p class="hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}
