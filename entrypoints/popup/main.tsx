import { render } from 'preact';
import '../../assets/ui.css';
import { Popup } from '../../components/Popup';

render(<Popup />, document.getElementById('app')!);
