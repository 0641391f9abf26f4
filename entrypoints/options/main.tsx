import { render } from 'preact';
import '../../assets/ui.css';
import { PackLibrary } from '../../components/PackLibrary';

render(<PackLibrary />, document.getElementById('app')!);
