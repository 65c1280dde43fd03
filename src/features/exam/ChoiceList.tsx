import { type Answer, chosenChoices } from '../../domain/attempt';
import type { MultipleQuestion, SingleQuestion } from '../../domain/questions';
import { RichText } from '../../ui/RichText';

interface Props {
  question: SingleQuestion | MultipleQuestion;
  answer: Answer | null;
  struck: readonly string[];
  disabled: boolean;
  onChoose: (choiceId: string) => void;
  onStrike: (choiceId: string, struck: boolean) => void;
}

/** Radio buttons for one answer, checkboxes for several; each named by its text, each can be ruled out. */
export function ChoiceList({ question, answer, struck, disabled, onChoose, onStrike }: Props) {
  const chosen = chosenChoices(answer);
  const multiple = question.type === 'multiple';
  const name = `choices-${question.bankId}-${question.id}`;
  return (
    <fieldset className="choices" disabled={disabled}>
      <legend>{multiple ? 'Choose all that apply' : 'Choose one answer'}</legend>
      <ul>
        {question.choices.map((choice) => {
          const id = `${name}-${choice.id}`;
          const isStruck = struck.includes(choice.id);
          return (
            <li key={choice.id} className={isStruck ? 'choice struck' : 'choice'}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                checked={chosen.includes(choice.id)}
                onChange={() => onChoose(choice.id)}
              />
              <label htmlFor={id}>
                <span className="choice-letter" aria-hidden="true">
                  {choice.id}
                </span>
                <RichText text={choice.text} format={question.textFormat} className="choice-text" />
              </label>
              <button
                type="button"
                className="strike"
                aria-pressed={isStruck}
                aria-label={`Rule out ${choice.id}`}
                title={isStruck ? 'Put this choice back' : 'Rule this choice out'}
                onClick={() => onStrike(choice.id, !isStruck)}
              >
                {isStruck ? 'Undo' : 'Rule out'}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
