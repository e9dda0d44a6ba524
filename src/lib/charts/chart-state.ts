// The base of every chart's state class: it holds the chart's props as a getter, set before the
// subclass's `$derived` fields are initialised, so those fields can read it.
export abstract class ChartState<Props> {
	constructor(protected readonly props: () => Props) {}
}
